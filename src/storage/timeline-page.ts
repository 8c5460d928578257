import type { FieldValue, Incident, ProgressEntry, TimelineEntry } from './schema';
import { read } from './db';

/** Where an older page of the timeline starts: before this entry (by when it happened). */
export interface TimelineCursor {
  at: string;
  id: string;
}

/** One page of an incident's timeline, oldest first, and whether older entries remain. */
export interface TimelinePage {
  entries: TimelineEntry[];
  /** The cursor of the next older page; null when this page reaches the first entry. */
  older: TimelineCursor | null;
}

/** What an incident's pages show: its header, fields, progress and the newest timeline page. */
export interface IncidentView {
  incident: Incident;
  fields: FieldValue[];
  progress: ProgressEntry[];
  timeline: TimelinePage;
  /** How many timeline entries the incident has in all. */
  timelineTotal: number;
}

/** A cursor over the timeline index (only what is used here). */
interface EntryCursor {
  value: TimelineEntry;
  continue(): Promise<EntryCursor | null>;
}
/** The byIncidentAt index of any transaction over the timeline. */
interface AtIndex {
  openCursor(range: IDBKeyRange, direction: 'prev'): Promise<EntryCursor | null>;
}

const range = (incidentId: string, upTo = '\uffff') =>
  IDBKeyRange.bound([incidentId, ''], [incidentId, upTo]);

// Reads at most `limit` entries before `before`, newest first, through the index: only the
// rows of the page are read, however long the timeline is.
async function pageOf(
  index: AtIndex,
  incidentId: string,
  limit: number,
  before?: TimelineCursor | null,
): Promise<TimelinePage> {
  const entries: TimelineEntry[] = [];
  let cursor = await index.openCursor(range(incidentId, before?.at), 'prev');
  let older: TimelineCursor | null = null;
  while (cursor) {
    const e = cursor.value;
    // Equal times come in descending id order: skip those at or after the cursor.
    const skip = before && e.at === before.at && e.id >= before.id;
    if (!skip) {
      if (entries.length === limit) {
        const last = entries[entries.length - 1]!;
        older = { at: last.at, id: last.id };
        break;
      }
      entries.push(e);
    }
    cursor = await cursor.continue();
  }
  return { entries: entries.reverse(), older };
}

/**
 * Loads what an incident's pages show, with only the newest `timelineLimit` timeline entries
 * (an incident with thousands of entries opens as fast as a short one).
 */
export function loadIncidentView(
  id: string,
  timelineLimit: number,
): Promise<IncidentView | undefined> {
  return read(['incidents', 'fields', 'progress', 'timeline'], async (tx) => {
    const [incident, fields, progress, timeline, timelineTotal] = await Promise.all([
      tx.objectStore('incidents').get(id),
      tx.objectStore('fields').index('byIncident').getAll(id),
      tx.objectStore('progress').index('byIncident').getAll(id),
      pageOf(tx.objectStore('timeline').index('byIncidentAt'), id, timelineLimit),
      tx.objectStore('timeline').index('byIncidentAt').count(range(id)),
    ]);
    return incident ? { incident, fields, progress, timeline, timelineTotal } : undefined;
  });
}

/** The page of timeline entries just older than `before`, oldest first. */
export function listOlderTimeline(
  incidentId: string,
  before: TimelineCursor,
  limit: number,
): Promise<TimelinePage> {
  return read(['timeline'], (tx) =>
    pageOf(tx.objectStore('timeline').index('byIncidentAt'), incidentId, limit, before),
  );
}
