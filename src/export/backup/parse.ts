import * as v from 'valibot';
import { DB_VERSION } from '../../storage/schema';
import { checkRecords, type KnownIds, type RecordProblem, type RestoreProgress } from './check';
import { decryptBackup, parseEncrypted } from './crypto';
import { BackupError } from './errors';
import {
  BACKUP_FORMAT,
  ENCRYPTED_FORMAT,
  ENVELOPE_VERSION,
  FORMAT_VERSION,
  READABLE_VERSIONS,
  type BackupData,
  type BackupFile,
} from './format';
import { verifyBackupIntegrity, type BackupIntegrity } from './integrity';
import { guardJson } from './guard';
import type { DeriveKey } from './kdf';
import { HeaderSchema } from './schema';
import { checkPlainSize, type StorageSpace } from './size';

export { checkFileSize } from './size';

/** JSON text → a guarded value (syntax, forbidden keys, depth). */
function parseJsonText(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError('not-json');
  }
  guardJson(value);
  return value;
}

/** The format of a file, refusing other files and files of a newer app in plain words. */
function formatOf(value: unknown): typeof BACKUP_FORMAT | typeof ENCRYPTED_FORMAT {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BackupError('not-backup');
  }
  const { format, formatVersion, dbVersion, appVersion } = value as Record<string, unknown>;
  if (format !== BACKUP_FORMAT && format !== ENCRYPTED_FORMAT) throw new BackupError('not-backup');
  const plain = format === BACKUP_FORMAT;
  const newest = plain ? FORMAT_VERSION : ENVELOPE_VERSION;
  const newer =
    (typeof formatVersion === 'number' && formatVersion > newest) ||
    (typeof dbVersion === 'number' && dbVersion > DB_VERSION);
  if (newer) {
    const fileAppVersion = typeof appVersion === 'string' ? appVersion.slice(0, 40) : undefined;
    throw new BackupError('version', '', { fileAppVersion });
  }
  const readable = plain
    ? READABLE_VERSIONS.includes(formatVersion as number)
    : formatVersion === ENVELOPE_VERSION;
  if (!readable) throw new BackupError('not-backup');
  return format;
}

/** A checked backup's header and the records to restore (evidence files as Blobs). */
export type RestorableBackup = Omit<BackupFile, 'data' | 'formatVersion'> & {
  formatVersion: number;
  data: BackupData;
};

/** A checked backup: the valid records (as a file) and the named invalid ones. */
export interface CheckedBackup {
  backup: RestorableBackup;
  /** The evidence hashes (all matched, or the file was refused) and each chain's state. */
  integrity: BackupIntegrity;
  /** Records that will not be restored, each named; empty when the whole file is good. */
  problems: RecordProblem[];
  /** Records in the file, all stores. */
  total: number;
  encrypted: boolean;
}

/** Validates a guarded plain backup: its header strictly, its records one by one. */
async function checkPlain(
  value: unknown,
  options: ReadBackupOptions,
): Promise<Omit<CheckedBackup, 'encrypted'>> {
  // The header without what formatOf has already checked and the records (checked apart).
  const { data, ...header } = value as Record<string, unknown>;
  const formatVersion = header.formatVersion as number;
  delete header.format;
  delete header.formatVersion;
  const result = v.safeParse(HeaderSchema, header);
  if (!result.success) throw new BackupError('invalid', v.getDotPath(result.issues[0]) ?? '');
  const checked = await checkRecords(data, options.known, options.onProgress);
  const verified = await verifyBackupIntegrity(
    checked.data,
    formatVersion,
    new Date().toISOString(),
  );
  const backup: RestorableBackup = {
    format: BACKUP_FORMAT,
    formatVersion,
    ...result.output,
    data: verified.data,
  };
  return {
    backup,
    integrity: verified.integrity,
    problems: checked.problems,
    total: checked.total,
  };
}

/** Options for reading a backup. */
export interface ReadBackupOptions {
  /** The passphrase of an encrypted backup. */
  passphrase?: string;
  derive?: DeriveKey;
  /** Content ids this app knows; records naming others are not restored (and named). */
  known?: KnownIds;
  /** The device's storage, when known: a backup larger than its free space is refused. */
  space?: StorageSpace | null;
  onProgress?: (progress: RestoreProgress) => void;
}

/**
 * Reads backup text (plain or encrypted) into its valid records and the named problems of
 * the others. Throws only BackupError, for a file that cannot be restored at all;
 * nothing is written anywhere.
 */
export async function readBackupText(
  text: string,
  options: ReadBackupOptions = {},
): Promise<CheckedBackup> {
  try {
    let value = parseJsonText(text);
    const length = text.length;
    // The file's text is parsed: let it go before decrypting (one copy fewer in memory).
    text = '';
    const encrypted = formatOf(value) === ENCRYPTED_FORMAT;
    if (!encrypted) {
      checkPlainSize(length, options.space);
    } else {
      const envelope = parseEncrypted(value);
      value = null;
      if (!options.passphrase) throw new BackupError('needs-passphrase');
      const plain = await decryptBackup(envelope, options.passphrase, options.derive);
      checkPlainSize(plain.length, options.space);
      value = parseJsonText(plain);
      if (formatOf(value) !== BACKUP_FORMAT) throw new BackupError('invalid', 'ciphertext');
    }
    return { ...(await checkPlain(value, options)), encrypted };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    // Anything else (a stack overflow on absurd input) is still a refusal.
    throw new BackupError('invalid');
  }
}
