// Backup and restore for the views: makes the file, validates a chosen one, restores it,
// reading and writing through the store's export actions.
// (Loaded only with the backup page: valibot and the crypto stay out of other chunks.)
import { encryptBackup } from '../../export/backup/crypto';
import { backupFileName, makeBackup, serializeBackup } from '../../export/backup/format';
import { encodeEvidenceFiles } from '../../export/backup/evidence-files';
import type { RestoreProgress } from '../../export/backup/check';
import type { RestoreCounts } from '../../export/backup/merge';
import {
  checkFileSize,
  readBackupText,
  type CheckedBackup,
  type RestorableBackup,
} from '../../export/backup/parse';
import { BackupError } from '../../export/backup/errors';
import { MAX_PLAIN_UNITS } from '../../export/backup/size';
import { jstDate } from '../../lib/jst';
import { useStore } from '../../app/store';
import { loadKnownIds } from './known-ids';

/** A backup ready to save: its text, file name and when it was made. */
export interface BackupOutput {
  text: string;
  filename: string;
  createdAt: string;
  incidents: number;
  /** Evidence files carried (with their bytes), and evidence records without them. */
  evidenceFiles: number;
  evidenceLeftOut: number;
}

/** The records are more than one backup file may hold (and a restore could read). */
export class BackupTooLargeError extends Error {
  constructor() {
    super('the records are too many for one backup file');
    this.name = 'BackupTooLargeError';
  }
}

/**
 * Reads every store and makes the backup text (encrypted when a passphrase is given), with
 * the evidence files' bytes unless `withEvidenceFiles` is false (their records and hashes stay).
 */
export async function createBackup(
  passphrase: string,
  withEvidenceFiles = true,
): Promise<BackupOutput> {
  const { data, dbVersion } = await useStore.getState().readAllForBackup(withEvidenceFiles);
  const createdAt = new Date().toISOString();
  const files = await encodeEvidenceFiles(data.evidenceFiles);
  const plain = serializeBackup(
    makeBackup(data, { appVersion: __APP_VERSION__, dbVersion, createdAt }, files),
  );
  // Never write a file the restore would refuse as too large.
  if (plain.length > MAX_PLAIN_UNITS) throw new BackupTooLargeError();
  const text = passphrase ? await encryptBackup(plain, passphrase) : plain;
  return {
    text,
    filename: backupFileName(jstDate(createdAt), Boolean(passphrase)),
    createdAt,
    incidents: data.incidents.length,
    evidenceFiles: files.length,
    evidenceLeftOut: data.evidence.length - files.length,
  };
}

/** Remembers that the backup made at `createdAt` was saved or shared. */
export const recordBackupSaved = (createdAt: string) => useStore.getState().markBackedUp(createdAt);

/**
 * Reads and checks a chosen file against this device (its free space, the content ids it
 * knows); throws BackupError for a file that cannot be restored at all. Nothing is written.
 */
export async function inspectBackupFile(
  file: Blob,
  passphrase: string,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<CheckedBackup> {
  checkFileSize(file.size);
  const [known, space] = await Promise.all([
    // Without the catalog, records naming unknown types could not be told apart: refuse.
    loadKnownIds().catch(() => {
      throw new BackupError('content-unavailable');
    }),
    useStore.getState().storageInfo(),
  ]);
  return readBackupText(await file.text(), {
    passphrase: passphrase || undefined,
    known,
    space,
    onProgress,
  });
}

/** Merges the valid records of a checked backup into this device (one transaction). */
export const restoreBackup = (
  backup: RestorableBackup,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<RestoreCounts> =>
  useStore
    .getState()
    .restoreBackup(backup.data, (done, total) => onProgress?.({ phase: 'write', done, total }));
