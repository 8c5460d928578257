import type { TimelineEntry } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { appendEntry, touchIncident } from './touch';

/**
 * Appends one timeline entry (a free note, or with `corrects` a correction of an earlier
 * entry). Entries are never changed or deleted.
 */
export async function appendTimeline(input: {
  incidentId: string;
  text: string;
  by: string;
  /** When it happened (ISO); defaults to now. */
  at?: string;
  /** The id of the entry this one corrects. */
  corrects?: string;
}): Promise<TimelineEntry> {
  const now = nowIso();
  const entry = await write(['incidents', 'timeline'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    return appendEntry(
      tx.objectStore('timeline'),
      {
        incidentId: input.incidentId,
        at: input.at ?? now,
        kind: input.corrects ? 'correction' : 'note',
        text: input.text,
        by: input.by,
        corrects: input.corrects,
      },
      now,
    );
  });
  notifyChange({ incidentId: input.incidentId, part: 'timeline' });
  return entry;
}

/** The timeline of one incident, oldest first (by when it happened). */
export function listTimeline(incidentId: string): Promise<TimelineEntry[]> {
  return read(['timeline'], (tx) =>
    tx
      .objectStore('timeline')
      .index('byIncidentAt')
      .getAll(IDBKeyRange.bound([incidentId, ''], [incidentId, '\uffff'])),
  );
}
