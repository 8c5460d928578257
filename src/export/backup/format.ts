import type { BackupData } from '../../storage/backup-stores';
import { escapeUnsafeInJson } from '../../lib/unsafe-text';

/** The `format` of a plain backup file. */
export const BACKUP_FORMAT = 'incident-navi-backup';
/** The `format` of an encrypted backup file. */
export const ENCRYPTED_FORMAT = 'incident-navi-backup-encrypted';
/** The format version this app writes (2: evidence files and their hashes). */
export const FORMAT_VERSION = 2;
/** The format versions this app reads (1: written before evidence existed). */
export const READABLE_VERSIONS: readonly number[] = [1, 2];
/** The version of the encrypted envelope (unchanged since version 1: same KDF and cipher). */
export const ENVELOPE_VERSION = 1;

export { BACKUP_STORES, type BackupData, type BackupStore } from '../../storage/backup-stores';

/** One evidence file as a backup file carries it: its original bytes in base64. */
export interface BackupEvidenceFile {
  incidentId: string;
  id: string;
  base64: string;
}

/** The `data` of a backup file: the stored records, evidence files in base64. */
export type BackupFileData = Omit<BackupData, 'evidenceFiles'> & {
  evidenceFiles: BackupEvidenceFile[];
};

/** A plain (unencrypted) backup file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  appVersion: string;
  dbVersion: number;
  createdAt: string;
  data: BackupFileData;
}

/**
 * Wraps all records into a backup file object. Pure: the evidence files come already
 * encoded (`files`, see evidence-files.ts); the Blobs of `data.evidenceFiles` are not read.
 */
export function makeBackup(
  data: BackupData,
  meta: { appVersion: string; dbVersion: number; createdAt: string },
  files: BackupEvidenceFile[] = [],
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    ...meta,
    data: { ...data, evidenceFiles: files },
  };
}

/**
 * The backup as JSON text (indented: people may look inside). A control or bidi character kept
 * in a record (a timeline entry sealed by its hash) is written as a \u escape: the same data
 * when restored, no raw character in the file.
 */
export function serializeBackup(file: BackupFile): string {
  return `${escapeUnsafeInJson(JSON.stringify(file, null, 1))}\n`;
}

/** A file name for a backup made at `createdAt` (JST date), e.g. incident-navi-backup-2026-11-25.json. */
export function backupFileName(jstDate: string, encrypted: boolean): string {
  return `incident-navi-backup-${jstDate}${encrypted ? '.encrypted' : ''}.json`;
}
