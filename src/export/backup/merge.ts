import { toTime } from '../../lib/jst';
import { BACKUP_STORES, type BackupStore } from './format';
import type { MergeRule, RestoreCounts } from '../../storage/backup-stores';
import { exportBackup } from '../../i18n/ja/export-backup';
import type { BackupMessages } from './errors';

export { emptyCounts, type RestoreCounts } from '../../storage/backup-stores';

/** The time that decides which copy is newer, per store. */
function stampOf(store: BackupStore, record: object): number | null {
  const r = record as { updatedAt?: string; createdAt?: string };
  return toTime(store === 'timeline' ? r.createdAt : r.updatedAt);
}

/**
 * Merge by id: a record missing on the device is added; an existing one is replaced only
 * when the file's copy is strictly newer (updatedAt; createdAt for the append-only
 * timeline). Settings are this device's own (its backup reminder, its responder's name,
 * its trash index): never taken from a file, even when missing here; only the kept drill
 * debriefs are added to this device's (storage does that, by drill). Nothing is deleted.
 */
export const decide: MergeRule = (store, existing, incoming) => {
  if (store === 'settings') return 'keep';
  if (existing === undefined) return 'add';
  const mine = stampOf(store, existing);
  const theirs = stampOf(store, incoming);
  if (theirs === null) return 'keep';
  return mine === null || theirs > mine ? 'update' : 'keep';
};

/** A calm sentence of what a restore did, in the messages `m` (Japanese by default). */
export function describeRestore(
  counts: RestoreCounts,
  m: BackupMessages = exportBackup.ja,
): string {
  const parts = (c: Record<BackupStore, number>) => {
    // The parts of incidents: every store but the incidents, settings and 備え (named apart).
    const records = BACKUP_STORES.reduce(
      (n, s) =>
        s === 'incidents' || s === 'settings' || s === 'prep' || s === 'evidenceFiles'
          ? n
          : n + c[s],
      0,
    );
    return [
      c.incidents ? m.countIncidents(c.incidents) : '',
      records ? m.countRecords(records) : '',
      c.settings ? m.countSettings(c.settings) : '',
      c.prep ? m.countPrep(c.prep) : '',
      c.evidenceFiles ? m.countEvidenceFiles(c.evidenceFiles) : '',
    ].filter(Boolean);
  };
  const added = parts(counts.added);
  const updated = parts(counts.updated);
  const lines = [
    added.length ? m.added(added.join(m.partSeparator)) : '',
    updated.length ? m.updated(updated.join(m.partSeparator)) : '',
    counts.debriefs ? m.debriefsAdded(counts.debriefs) : '',
    counts.keptNewerPrep ? m.keptNewerPrep(counts.keptNewerPrep) : '',
  ].filter(Boolean);
  return lines.length ? m.restored(lines.join(m.lineSeparator)) : m.restoredNothing;
}
