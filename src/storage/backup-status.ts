// The backup reminder's state: when this device last made a backup, and how many incidents
// changed since. Apart from backup-repo so the home page loads no backup format or merge code.
import { read } from './db';
import { getSetting, setSetting } from './settings';

/** The settings key of the last backup time (ISO). */
export const LAST_BACKUP_KEY = 'lastBackupAt';

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
