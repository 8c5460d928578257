// The export feature's door to storage and content: loads what the builders need and
// runs backup / restore. Views call these; they never import storage themselves.
import { INCIDENT_TYPES } from '../../content/catalog';
import { checklistFor } from '../../content/checklist';
import { loadIncidentPlaybooks, loadPlaybook } from '../../content/load';
import type { RecordItems } from '../../content/schema';
import { encryptBackup } from '../../export/backup/crypto';
import {
  backupFileName,
  makeBackup,
  serializeBackup,
  type BackupFile,
} from '../../export/backup/format';
import type { RestoreCounts } from '../../export/backup/merge';
import { checkFileSize, readBackupText } from '../../export/backup/parse';
import { jstDate } from '../../export/jst';
import type { ExportContent, IncidentSnapshot } from '../../export/types';
import { loadIncidentSnapshot } from '../../storage';
import {
  changedSinceBackup,
  markBackedUp,
  readAllForBackup,
  restoreBackupData,
} from '../../storage/backup-repo';
import { DB_VERSION } from '../../storage/schema';

/** The content an incident's documents need: record item labels, type titles, checklist. */
export async function loadExportContent(types: string[], causes: string[]): Promise<ExportContent> {
  const [playbooks, record] = await Promise.all([
    loadIncidentPlaybooks(types),
    loadPlaybook<RecordItems>('record-items'),
  ]);
  const checklist = checklistFor(playbooks, types, causes);
  return {
    recordItems: record.items.map(({ id, label }) => ({ id, label })),
    fiveW1H: record.fiveW1H.map(({ id, label }) => ({ id, label })),
    typeTitles: Object.fromEntries(INCIDENT_TYPES.map((t) => [t.id, t.shortTitle])),
    causeTitles: Object.fromEntries(
      INCIDENT_TYPES.flatMap((t) => t.causes ?? []).map((c) => [c.id, c.title]),
    ),
    phases: checklist.map((p) => ({
      id: p.phase,
      title: p.title,
      items: p.sections.flatMap((s) => s.items.map(({ id, text }) => ({ id, text }))),
    })),
  };
}

/** An incident's snapshot and content, or null when the incident does not exist. */
export async function loadShareData(
  id: string,
): Promise<{ snapshot: IncidentSnapshot; content: ExportContent } | null> {
  const snapshot = await loadIncidentSnapshot(id);
  if (!snapshot) return null;
  const { types, causes } = snapshot.incident;
  return { snapshot, content: await loadExportContent(types, causes) };
}

/** A backup ready to save: its text, file name and when it was made. */
export interface BackupOutput {
  text: string;
  filename: string;
  createdAt: string;
  incidents: number;
}

/** Reads every store and makes the backup text (encrypted when a passphrase is given). */
export async function createBackup(passphrase: string): Promise<BackupOutput> {
  const data = await readAllForBackup();
  const createdAt = new Date().toISOString();
  const plain = serializeBackup(
    makeBackup(data, { appVersion: __APP_VERSION__, dbVersion: DB_VERSION, createdAt }),
  );
  const text = passphrase ? await encryptBackup(plain, passphrase) : plain;
  return {
    text,
    filename: backupFileName(jstDate(createdAt), Boolean(passphrase)),
    createdAt,
    incidents: data.incidents.length,
  };
}

/** Remembers that the backup made at `createdAt` was saved or shared. */
export const recordBackupSaved = (createdAt: string) => markBackedUp(createdAt);

/** Reads and validates a chosen file; throws BackupError (nothing is written). */
export async function inspectBackupFile(
  file: Blob,
  passphrase: string,
): Promise<{ backup: BackupFile; encrypted: boolean }> {
  checkFileSize(file.size);
  return readBackupText(await file.text(), { passphrase: passphrase || undefined });
}

/** Merges a validated backup into this device (one transaction). */
export const restoreBackup = (backup: BackupFile): Promise<RestoreCounts> =>
  restoreBackupData(backup.data);

/** How many incidents changed since the last backup. */
export const backupStatus = changedSinceBackup;
