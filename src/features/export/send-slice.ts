// A file with one incident for another phone, encrypted like a backup; opening it there
// (バックアップと復元 → 復元) merges it like a restore. Loaded only when sending.
import { readIncidentForTransfer } from '../../storage/transfer-repo';
import { DB_VERSION } from '../../storage/schema';
import { encryptBackup } from '../../export/backup/crypto';
import { backupFileName, makeBackup, serializeBackup } from '../../export/backup/format';
import { encodeEvidenceFiles } from '../../export/backup/evidence-files';
import { jstDate } from '../../lib/jst';

/** The encrypted file of one incident: its text and file name. */
export async function createIncidentFile(
  incidentId: string,
  passphrase: string,
): Promise<{ text: string; filename: string }> {
  const records = await readIncidentForTransfer(incidentId);
  // Not shown: the view says the file could not be made.
  if (!records) throw new Error(`no incident ${incidentId}`);
  const createdAt = new Date().toISOString();
  // The incident's evidence goes with it, its files' bytes checked again on the other phone.
  const files = await encodeEvidenceFiles(records.evidenceFiles);
  const plain = serializeBackup(
    makeBackup(
      { ...records, settings: [], prep: [] },
      { appVersion: __APP_VERSION__, dbVersion: DB_VERSION, createdAt },
      files,
    ),
  );
  return {
    text: await encryptBackup(plain, passphrase),
    filename: backupFileName(jstDate(createdAt), true).replace('-backup-', '-incident-'),
  };
}
