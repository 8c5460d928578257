// The reporting record of an incident as the pages, the deadlines and the exports read it,
// made from its stored rows. Pure (no storage import): src/export uses it, storage imports it.

/** A destination's tracking status. */
export interface DestinationStatus {
  status: 'todo' | 'done';
  /** When it was done (ISO date or time, as the person entered it). */
  doneAt?: string;
  memo?: string;
  updatedAt: string;
}

/**
 * The reporting record of one incident: answers by question id; statuses keyed
 * `<destinationId>:<deadlineId>` (one per deadline) or `<destinationId>` (a destination
 * without deadlines, or a row saved before per-deadline statuses: all its deadlines).
 */
export interface ReportingRecord {
  answers: Record<string, string>;
  statuses: Record<string, DestinationStatus>;
  /** The decision text last recorded in the timeline, if any. */
  decision?: string;
}

/** What toRecord reads of a stored reporting row (storage's ReportingEntry has these). */
export interface ReportingRow {
  /** 'q:<questionId>' for an answer, 'd:<destinationId>' for a destination's status. */
  key: string;
  value: string;
  status?: 'todo' | 'done';
  doneAt?: string;
  memo?: string;
  updatedAt: string;
}

/** Key of the last decision recorded in the timeline (so only changes are recorded). */
export const DECISION_KEY = 'meta:decision';

/** The reporting record of one incident from its stored rows (answers, statuses, last decision). */
export function toRecord(entries: readonly ReportingRow[]): ReportingRecord {
  const record: ReportingRecord = { answers: {}, statuses: {} };
  for (const e of entries) {
    if (e.key.startsWith('q:')) record.answers[e.key.slice(2)] = e.value;
    else if (e.key.startsWith('d:'))
      record.statuses[e.key.slice(2)] = {
        status: e.status ?? 'todo',
        ...(e.doneAt ? { doneAt: e.doneAt } : {}),
        ...(e.memo ? { memo: e.memo } : {}),
        updatedAt: e.updatedAt,
      };
    else if (e.key === DECISION_KEY) record.decision = e.value;
  }
  return record;
}
