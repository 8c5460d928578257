import type { ProgressEntry } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { appendEntry, touchIncident } from './touch';

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
): Promise<ProgressEntry> {
  const now = nowIso();
  const entry = await write(['incidents', 'progress', 'timeline'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    const store = tx.objectStore('progress');
    const before = await store.get([input.incidentId, input.itemId]);
    const changed = (before?.state ?? 'open') !== input.state;
    const next: ProgressEntry = {
      incidentId: input.incidentId,
      itemId: input.itemId,
      state: input.state,
      by: input.by,
      at: input.at ?? (!changed && before ? before.at : now),
      note: input.note ?? before?.note ?? '',
      updatedAt: now,
    };
    await store.put(next);
    if (log && changed) {
      await appendEntry(
        tx.objectStore('timeline'),
        { incidentId: input.incidentId, at: next.at, kind: 'item', text: log.text, by: input.by },
        now,
      );
    }
    return next;
  });
  notifyChange({ incidentId: input.incidentId, part: 'progress' });
  return entry;
}

/** Every progress entry of one incident. */
export function listProgress(incidentId: string): Promise<ProgressEntry[]> {
  return read(['progress'], (tx) =>
    tx.objectStore('progress').index('byIncident').getAll(incidentId),
  );
}
