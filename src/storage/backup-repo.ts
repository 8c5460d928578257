// Backup and restore of every store. The file is validated in src/export/backup before
// anything here runs; the restore is one strict transaction over all stores.
import {
  BACKUP_STORES as ALL,
  emptyCounts,
  type BackupData,
  type MergeRule,
  type RestoreCounts,
} from './backup-stores';
import { notifyChange } from './broadcast';
import { read, write } from './db';
import { addToDrillIndex, type DrillIndex } from './drill-index';
import { DEBRIEFS_KEY, mergeDrillDebriefs } from './drill-debriefs';
import { TEAM_KEY } from './settings';

/**
 * Reads every record of every store in one read-only transaction (a consistent backup);
 * without `evidenceFiles` the files' bytes are left out (their metadata and hashes stay).
 */
export function readAllForBackup({ evidenceFiles = true } = {}): Promise<BackupData> {
  return read([...ALL], async (tx) => {
    const lists = await Promise.all(
      ALL.map((s) => (s === 'evidenceFiles' && !evidenceFiles ? [] : tx.objectStore(s).getAll())),
    );
    // Team mode's row holds this phone's password and keys: never in a file.
    const settings = ALL.indexOf('settings');
    lists[settings] = lists[settings]!.filter((r) => (r as { key?: string }).key !== TEAM_KEY);
    return Object.fromEntries(ALL.map((s, i) => [s, lists[i]])) as unknown as BackupData;
  });
}

/** A record's primary key, read with the store's own keyPath (a name or a list of names). */
function keyOf(keyPath: string | string[], r: Record<string, unknown>): IDBValidKey {
  return Array.isArray(keyPath)
    ? keyPath.map((k) => r[k] as IDBValidKey)
    : (r[keyPath] as IDBValidKey);
}

/** A key as one string, to look it up in a Set. */
const keyString = (key: IDBValidKey) =>
  Array.isArray(key) ? JSON.stringify(key) : `=${String(key)}`;

/** Records written between two progress reports (and two chances for the page to paint). */
const CHUNK = 1_000;

/**
 * Merges a validated backup into the database in ONE read-write transaction with durability
 * 'strict' over all stores: any failure aborts it and nothing is written. Resolves after
 * the commit with what was added and updated. The caller's `decide` says, record by record,
 * whether to add, update or keep (src/export/backup/merge.ts: settings are never taken). `onProgress` hears how many records were handled.
 */
export async function restoreBackupData(
  data: BackupData,
  decide: MergeRule,
  onProgress?: (done: number, total: number) => void,
): Promise<RestoreCounts> {
  const counts = emptyCounts();
  const total = ALL.reduce((n, store) => n + data[store].length, 0);
  let done = 0;
  await write([...ALL], async (tx) => {
    const drills: DrillIndex = {};
    let debriefs: unknown;
    for (const store of ALL) {
      const os = tx.objectStore(store);
      const records = data[store] as unknown as Record<string, unknown>[];
      if (records.length === 0) continue;
      // One key scan instead of a read per record: most records of a restore are new.
      const present = new Set((await os.getAllKeys()).map(keyString));
      // In chunks: while a chunk's requests run, the page can paint progress and take input
      // (the pending requests keep the one transaction alive).
      for (let from = 0; from < records.length; from += CHUNK) {
        const chunk = records.slice(from, from + CHUNK);
        // Every backed-up store has a keyPath (schema.ts); none uses out-of-line keys.
        const keys = chunk.map((r) => keyOf(os.keyPath as string | string[], r));
        const existing = await Promise.all(
          keys.map((key) => (present.has(keyString(key)) ? os.get(key as never) : undefined)),
        );
        const puts: Promise<unknown>[] = [];
        chunk.forEach((record, i) => {
          // The other phone's kept drill debriefs join this phone's (its other settings never).
          if (store === 'settings' && record.key === DEBRIEFS_KEY) debriefs = record.value;
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
          if (store === 'incidents' && typeof record.drill === 'string') {
            drills[record.id as string] = record.drill;
          }
        });
        await Promise.all(puts);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
    if (Object.keys(drills).length > 0) await addToDrillIndex(tx.objectStore('settings'), drills);
    counts.debriefs = await mergeDrillDebriefs(tx.objectStore('settings'), debriefs);
  });
  onProgress?.(total, total);
  notifyChange({ incidentId: null, part: 'incident' });
  return counts;
}

export {
  markBackedUp,
  BACKUP_COUNT_CAP,
  changedSinceBackup,
  LAST_BACKUP_KEY,
} from './backup-status';
