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
  /** When it was done (ISO); defaults to now. */
  at?: string;
  note?: string;
}

/**
 * Sets one checklist item in one transaction. When the state changes and `log` is given,
 * a timeline entry with that text is appended in the same transaction.
 */
export async function setProgress(
  input: ProgressInput,
  log?: { text: string },
): Promise<ProgressEntry> {
  const now = nowIso();
  const entry: ProgressEntry = {
    incidentId: input.incidentId,
    itemId: input.itemId,
    state: input.state,
    by: input.by,
    at: input.at ?? now,
    note: input.note ?? '',
    updatedAt: now,
  };
  await write(['incidents', 'progress', 'timeline'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    const store = tx.objectStore('progress');
    const before = await store.get([input.incidentId, input.itemId]);
    await store.put(entry);
    if (log && (before?.state ?? 'open') !== entry.state) {
      await appendEntry(
        tx.objectStore('timeline'),
        { incidentId: input.incidentId, at: entry.at, kind: 'item', text: log.text, by: input.by },
        now,
      );
    }
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
