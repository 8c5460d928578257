import type { ProgressEntry, TimelineEntry } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { appendEntry, lastOwnEntry, touchIncident } from './touch';

/** What a person sets on one checklist item. */
export interface ProgressInput {
  incidentId: string;
  itemId: string;
  state: ProgressEntry['state'];
  by: string;
  /** When it was done (ISO); omitted: the stored time if the state is unchanged, else now. */
  at?: string;
  /** Omitted: keep the stored note. */
  note?: string;
}

/** A saved checklist item, and the timeline entry that logged it (when the state changed). */
export interface ProgressSaved {
  progress: ProgressEntry;
  logged?: TimelineEntry;
}

/**
 * Sets one checklist item in one transaction, building the entry from the stored row (never
 * from memory): a note or time not given keeps what is stored, so a tick in one tab does not
 * wipe a note written in another. `at` keeps the stored time when the state did not change
 * and no new time is given; otherwise it defaults to now. When the state changes and `log`
 * is given, a timeline entry with that text is appended in the same transaction.
 */
export async function setProgress(
  input: ProgressInput,
  log?: { text: string },
): Promise<ProgressSaved> {
  const now = nowIso();
  const saved = await write(['incidents', 'progress', 'timeline'], async (tx) => {
    const store = tx.objectStore('progress');
    const timeline = tx.objectStore('timeline');
    // Every read at once (a tap waits for one round trip to the database, not three).
    const [, before, last] = await Promise.all([
      touchIncident(tx.objectStore('incidents'), input.incidentId, now),
      store.get([input.incidentId, input.itemId]),
      log ? lastOwnEntry(timeline, input.incidentId) : undefined,
    ]);
    const changed = (before?.state ?? 'open') !== input.state;
    const progress: ProgressEntry = {
      incidentId: input.incidentId,
      itemId: input.itemId,
      state: input.state,
      by: input.by,
      at: input.at ?? (!changed && before ? before.at : now),
      note: input.note ?? before?.note ?? '',
      updatedAt: now,
    };
    const [logged] = await Promise.all([
      log && changed
        ? appendEntry(
            timeline,
            {
              incidentId: input.incidentId,
              at: progress.at,
              kind: 'item',
              text: log.text,
              by: input.by,
            },
            now,
            { entry: last },
          )
        : undefined,
      store.put(progress),
    ]);
    return logged ? { progress, logged } : { progress };
  });
  notifyChange({ incidentId: input.incidentId, part: 'progress' });
  return saved;
}

/** Every progress entry of one incident. */
export function listProgress(incidentId: string): Promise<ProgressEntry[]> {
  return read(['progress'], (tx) =>
    tx.objectStore('progress').index('byIncident').getAll(incidentId),
  );
}
