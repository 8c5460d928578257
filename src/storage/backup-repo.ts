// Backup and restore of every store. The file is validated in src/export/backup before
// anything here runs; the restore is one strict transaction over all stores.
import type { BackupData, BackupStore } from '../export/backup/format';
import { decide, emptyCounts, type RestoreCounts } from '../export/backup/merge';
import { notifyChange } from './broadcast';
import { read, write } from './db';
import { getSetting, setSetting } from './settings';
import { TRASH_KEY, type TrashIndex } from './trash-index';

/** The settings key of the last backup time (ISO). */
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** Every store, in the order a restore writes them (as BACKUP_STORES; kept here so the home
 * page's backup reminder does not load the backup format module). */
const ALL = [
  'incidents',
  'fields',
  'progress',
  'timeline',
  'reporting',
  'settings',
  'prep',
] as const satisfies readonly BackupStore[];

/** Reads every record of every store in one read-only transaction (a consistent backup). */
export function readAllForBackup(): Promise<BackupData> {
  return read([...ALL], async (tx) => {
    const [incidents, fields, progress, timeline, reporting, settings, prep] = await Promise.all(
      ALL.map((s) => tx.objectStore(s).getAll()),
    );
    return { incidents, fields, progress, timeline, reporting, settings, prep } as BackupData;
  });
}

/** The primary key of a record of a store (as the schema's keyPath defines it). */
function keyOf(store: BackupStore, r: Record<string, unknown>): IDBValidKey {
  switch (store) {
    case 'incidents':
    case 'timeline':
      return r.id as string;
    case 'fields':
      return [r.incidentId as string, r.fieldId as string];
    case 'progress':
      return [r.incidentId as string, r.itemId as string];
    case 'reporting':
      return [r.incidentId as string, r.key as string];
    case 'settings':
      return r.key as string;
    case 'prep':
      return r.id as string;
  }
}

/**
 * Merges a validated backup into the database in ONE read-write transaction with durability
 * 'strict' over all stores: any failure aborts it and nothing is written. Resolves after
 * the commit with what was added and updated.
 */
export async function restoreBackupData(data: BackupData): Promise<RestoreCounts> {
  const counts = emptyCounts();
  await write([...ALL], async (tx) => {
    const written: { id: string; deletedAt: string | null }[] = [];
    for (const store of ALL) {
      const os = tx.objectStore(store);
      // The trash index is derived from the incidents; it is rebuilt below, never copied.
      // A file from before 平時の備え has no `prep`.
      const records = ((data[store] ?? []) as unknown as Record<string, unknown>[]).filter(
        (r) => !(store === 'settings' && r.key === TRASH_KEY),
      );
      const existing = await Promise.all(records.map((r) => os.get(keyOf(store, r) as never)));
      const puts: Promise<unknown>[] = [];
      records.forEach((record, i) => {
        const decision = decide(store, existing[i] as object | undefined, record);
        if (decision === 'keep') {
          counts.kept++;
          const mine = existing[i] as { updatedAt?: string } | undefined;
          if (store === 'prep' && mine?.updatedAt && mine.updatedAt > String(record.updatedAt)) {
            counts.keptNewerPrep++;
          }
          return;
        }
        counts[decision === 'add' ? 'added' : 'updated'][store]++;
        puts.push(os.put(record as never));
        if (store === 'incidents') {
          written.push({ id: record.id as string, deletedAt: record.deletedAt as string | null });
        }
      });
      await Promise.all(puts);
    }
    if (written.length > 0) {
      const settings = tx.objectStore('settings');
      const row = await settings.get(TRASH_KEY);
      const trash: TrashIndex = { ...((row?.value as TrashIndex | undefined) ?? {}) };
      let changed = false;
      for (const w of written) {
        if (w.deletedAt && trash[w.id] !== w.deletedAt) {
          trash[w.id] = w.deletedAt;
          changed = true;
        } else if (!w.deletedAt && w.id in trash) {
          delete trash[w.id];
          changed = true;
        }
      }
      if (changed) await settings.put({ key: TRASH_KEY, value: trash });
    }
  });
  notifyChange({ incidentId: null, part: 'incident' });
  return counts;
}

/** Remembers that a backup was made now. */
export function markBackedUp(at: string): Promise<void> {
  return setSetting(LAST_BACKUP_KEY, at);
}

/** The reminder counts changed incidents up to this many (「100件以上」 beyond). */
export const BACKUP_COUNT_CAP = 100;

/** How many incidents changed since the last backup (all when there was none), up to the cap. */
export async function changedSinceBackup(): Promise<{
  changed: number;
  lastBackupAt: string | null;
}> {
  const last = await getSetting<unknown>(LAST_BACKUP_KEY);
  const lastBackupAt = typeof last === 'string' ? last : null;
  // Counted with a key cursor that stops at the cap: a count() walks every row, and the
  // reminder must not slow the list of 10,000 incidents it is shown above.
  const changed = await read(['incidents'], async (tx) => {
    const range = lastBackupAt ? IDBKeyRange.lowerBound(lastBackupAt, true) : null;
    let cursor = await tx.objectStore('incidents').index('byUpdatedAt').openKeyCursor(range);
    let n = 0;
    while (cursor && n < BACKUP_COUNT_CAP) {
      n++;
      cursor = await cursor.continue();
    }
    return n;
  });
  return { changed, lastBackupAt };
}
