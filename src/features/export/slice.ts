import type { SliceCreator } from '../../app/store';
import { LIMITS } from '../../lib/limits';
import {
  deleteDraft,
  getIncident,
  listDrafts,
  loadIncidentSnapshot,
  putDraft,
  type IncidentSnapshot,
} from '../../storage';
import { DB_VERSION } from '../../storage/schema';
import type { BackupData } from '../../export/backup/format';
import type { RestoreCounts } from '../../export/backup/merge';
import type { EvidenceUsage } from '../../storage/evidence-usage';
import { stripUnsafeChars } from '../../lib/unsafe-text';

// Backup and restore load with the first backup action (the restore merge stays out of
// the main bundle).
const backupRepo = () => import('../../storage/backup-repo');
const mergeRule = () => import('../../export/backup/merge');
// The reminder on home needs only this small part.
const backupStatus = () => import('../../storage/backup-status');

/** An edited draft longer than a backup could carry (LIMITS.draft characters): not kept. */
export class DraftTooLongError extends Error {
  constructor() {
    super(`draft longer than ${LIMITS.draft} characters`);
    this.name = 'DraftTooLongError';
  }
}

/** How many incidents changed since the last backup, and when that was. */

export interface BackupStatus {
  /** Counted up to `cap` (「100件以上」 beyond). */
  changed: number;
  lastBackupAt: string | null;
  cap: number;
}

/** What the share, backup and restore views read and write (no state of their own). */
export interface ExportSlice {
  /** One incident with its fields, progress and timeline, or null when there is none. */
  loadSnapshot(incidentId: string): Promise<IncidentSnapshot | null>;
  /** One incident's types and causes (what its documents' content depends on), or null. */
  loadClassification(incidentId: string): Promise<{ types: string[]; causes: string[] } | null>;
  /** Every record of every store, read in one transaction, and the schema version. */
  readAllForBackup(withEvidenceFiles: boolean): Promise<{ data: BackupData; dbVersion: number }>;
  /**
   * Merges a validated backup into this device (one transaction); then re-reads what this
   * tab shows: the incident list, the open incident, the reporting records.
   */
  restoreBackup(
    data: BackupData,
    onProgress?: (done: number, total: number) => void,
  ): Promise<RestoreCounts>;
  /** Remembers that the backup made at `at` was saved or shared. */
  markBackedUp(at: string): Promise<void>;
  /** How much evidence this device keeps (files and bytes, in all and per incident). */
  evidenceUsage(): Promise<EvidenceUsage>;
  backupStatus(): Promise<BackupStatus>;
  /** Her kept drafts of one incident: export kind → edited text. */
  loadDrafts(incidentId: string): Promise<Record<string, string>>;
  /** Keeps the edited text of one document (resolves after the commit). */
  saveDraft(incidentId: string, kind: string, text: string): Promise<void>;
  /** Forgets the edited text: the document is made from the record again. */
  discardDraft(incidentId: string, kind: string): Promise<void>;
}

/** The store's slice for share drafts: the edited text kept per incident and format. */
export const createExportSlice: SliceCreator<ExportSlice> = (_set, get) => ({
  loadSnapshot: (incidentId) => loadIncidentSnapshot(incidentId).then((s) => s ?? null),
  loadClassification: (incidentId) =>
    getIncident(incidentId).then((i) => (i ? { types: i.types, causes: i.causes } : null)),

  async readAllForBackup(evidenceFiles) {
    const data = await (await backupRepo()).readAllForBackup({ evidenceFiles });
    return { data, dbVersion: DB_VERSION };
  },

  async restoreBackup(data, onProgress) {
    // The merge rule is the backup format's policy, passed into storage.
    const [repo, { decide }] = await Promise.all([backupRepo(), mergeRule()]);
    const counts = await repo.restoreBackupData(data, decide, onProgress);
    // Other tabs hear the broadcast; this one re-reads here.
    const { incidentList, openIncident, reporting } = get();
    await Promise.all([
      incidentList.loaded ? get().loadIncidentList(incidentList.status) : null,
      openIncident ? get().loadIncident(openIncident.incident.id) : null,
      ...Object.keys(reporting).map((id) => get().loadReporting(id)),
    ]);
    return counts;
  },

  markBackedUp: async (at) => (await backupStatus()).markBackedUp(at),
  evidenceUsage: async () => (await import('../../storage/evidence-usage')).evidenceUsage(),

  async backupStatus() {
    const status = await backupStatus();
    return { ...(await status.changedSinceBackup()), cap: status.BACKUP_COUNT_CAP };
  },

  loadDrafts: async (incidentId) =>
    Object.fromEntries((await listDrafts(incidentId)).map((d) => [d.kind, d.text])),
  saveDraft: async (incidentId, kind, text) => {
    // Whatever is saved must restore from a backup: a longer draft is not kept.
    if (text.length > LIMITS.draft) throw new DraftTooLongError();
    await putDraft({ incidentId, kind, text: stripUnsafeChars(text) });
  },
  discardDraft: (incidentId, kind) => deleteDraft(incidentId, kind),
});
