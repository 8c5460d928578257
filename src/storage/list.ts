import type { Incident, IncidentStatus, ProgressEntry } from './schema';
import { read } from './db';

/** Where the next page starts: after this incident in newest-activity order. */
export interface IncidentCursor {
  updatedAt: string;
  id: string;
}

/** One row of the incident list: the header plus the ids of its settled checklist items. */
export interface IncidentSummary extends Incident {
  /** Item ids marked done or not applicable (the UI intersects them with the checklist). */
  settled: string[];
}

/** One page of the list, and the cursor of the next page (null at the end). */
export interface IncidentPage {
  items: IncidentSummary[];
  next: IncidentCursor | null;
}

/**
 * One page of incidents (not in the trash, not drills), newest activity first, read through an index
 * with a cursor: only `limit` rows (plus skipped trash rows) are read, whatever the total.
 */
export function listIncidents(options: {
  status?: IncidentStatus;
  limit: number;
  after?: IncidentCursor | null;
}): Promise<IncidentPage> {
  const { status, limit, after } = options;
  return read(['incidents', 'progress'], async (tx) => {
    const store = tx.objectStore('incidents');
    const items: Incident[] = [];
    // Compare positions as [updatedAt, id]: the index orders equal keys by primary key.
    const isAfterCursor = (i: Incident) =>
      !after ||
      i.updatedAt < after.updatedAt ||
      (i.updatedAt === after.updatedAt && i.id < after.id);
    let more = false;
    const cursorStart = status
      ? store
          .index('byStatusUpdatedAt')
          .openCursor(
            IDBKeyRange.bound([status, ''], [status, after ? after.updatedAt : '\uffff']),
            'prev',
          )
      : store
          .index('byUpdatedAt')
          .openCursor(after ? IDBKeyRange.upperBound(after.updatedAt) : null, 'prev');
    let cursor = await cursorStart;
    while (cursor) {
      const incident = cursor.value;
      if (incident.deletedAt === null && !incident.drill && isAfterCursor(incident)) {
        if (items.length === limit) {
          more = true;
          break;
        }
        items.push(incident);
      }
      cursor = await cursor.continue();
    }
    const progress = tx.objectStore('progress').index('byIncident');
    const summaries = await Promise.all(
      items.map(async (incident) => ({
        ...incident,
        settled: (await progress.getAll(incident.id))
          .filter((p: ProgressEntry) => p.state !== 'open')
          .map((p) => p.itemId),
      })),
    );
    const last = items[items.length - 1];
    return {
      items: summaries,
      next: more && last ? { updatedAt: last.updatedAt, id: last.id } : null,
    };
  });
}
