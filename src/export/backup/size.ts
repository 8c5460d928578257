import { BackupError } from './errors';

// How large a backup this device can restore. The app writes a plain file as indented
// JSON and an encrypted one as base64 of the AES-GCM ciphertext (4/3 of the plain bytes,
// plus the tag and the header), so the limits follow from the largest plain backup.

/**
 * The largest plain backup text restored in one go. A phone's memory, not its storage,
 * bounds it: the text, the parsed records and the write are all held at once.
 */
export const MAX_PLAIN_BYTES = 256 * 1024 * 1024;

/** The header of an encrypted file around its ciphertext, with room to spare. */
const ENVELOPE_BYTES = 1_024;
/** The AES-GCM authentication tag. */
const TAG_BYTES = 16;

/** The size of the encrypted file the app writes for `plainBytes` of plain backup. */
export const encryptedFileBytes = (plainBytes: number) =>
  ENVELOPE_BYTES + 4 * Math.ceil((plainBytes + TAG_BYTES) / 3);

/** The largest file accepted before it is read (an encrypted file of MAX_PLAIN_BYTES). */
export const MAX_FILE_BYTES = encryptedFileBytes(MAX_PLAIN_BYTES);

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
 * Refuses plain backup text that is too large to restore: over MAX_PLAIN_BYTES, or larger
 * than the free space the device reports (records take at least about their JSON size).
 * `plainBytes` may be a UTF-16 length: each unit is at least one UTF-8 byte.
 */
export function checkPlainSize(plainBytes: number, space?: StorageSpace | null): void {
  if (plainBytes > MAX_PLAIN_BYTES) {
    throw new BackupError('too-large', '', { sizeBytes: plainBytes, limitBytes: MAX_PLAIN_BYTES });
  }
  if (space?.quota == null || space.usage == null) return;
  const free = Math.max(0, space.quota - space.usage);
  if (plainBytes > free) {
    throw new BackupError('no-space', '', { sizeBytes: plainBytes, limitBytes: free });
  }
}
