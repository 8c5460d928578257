import { BackupError } from './errors';

// How large a backup this app writes and restores. The limit is on the plain backup text
// as held in memory (UTF-16 units); the app writes it as UTF-8 (at most 3 bytes a unit),
// and an encrypted file as base64 of the AES-GCM ciphertext (4/3, plus tag and header).
// So every file size limit follows from the one text limit, encryption overhead included,
// and the backup side refuses to write what the restore side would refuse to read.

/**
 * The longest plain backup text written or restored in one go (UTF-16 units). A phone's
 * memory bounds it: the text, the parsed records and the write are held at once, and an
 * encrypted file of it must still fit in one JavaScript string (2^29 units in Chromium).
 */
export const MAX_PLAIN_UNITS = 120 * 1024 * 1024;

/** The header of an encrypted file around its ciphertext, with room to spare. */
const ENVELOPE_BYTES = 1_024;
/** The AES-GCM authentication tag. */
const TAG_BYTES = 16;
/** The most UTF-8 bytes one UTF-16 unit becomes. */
const UTF8_PER_UNIT = 3;

/** The size of the encrypted file the app writes for `plainBytes` of UTF-8 backup text. */
export const encryptedFileBytes = (plainBytes: number) =>
  ENVELOPE_BYTES + 4 * Math.ceil((plainBytes + TAG_BYTES) / 3);

/** The largest file accepted before it is read: an encrypted file of the longest text. */
export const MAX_FILE_BYTES = encryptedFileBytes(UTF8_PER_UNIT * MAX_PLAIN_UNITS);

/** What the device says about its storage (navigator.storage.estimate), when it can. */
export interface StorageSpace {
  usage: number | null;
  quota: number | null;
}

/** Refuses a chosen file by its size alone, before it is read. */
export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new BackupError('too-large', '', { sizeBytes: bytes, limitBytes: MAX_FILE_BYTES });
  }
}

/**
 * Refuses plain backup text that is too long to write or restore: over MAX_PLAIN_UNITS,
 * or (when `space` is known) larger than the device's free space, since the records take
 * at least about their text's size. Each UTF-16 unit counts as at least one byte.
 */
export function checkPlainSize(units: number, space?: StorageSpace | null): void {
  if (units > MAX_PLAIN_UNITS) {
    throw new BackupError('too-large', '', { sizeBytes: units, limitBytes: MAX_PLAIN_UNITS });
  }
  if (space?.quota == null || space.usage == null) return;
  const free = Math.max(0, space.quota - space.usage);
  if (units > free) {
    throw new BackupError('no-space', '', { sizeBytes: units, limitBytes: free });
  }
}
