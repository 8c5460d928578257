import type { Incident, ReportingEntry } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { appendEntry, touchIncident } from './touch';
import {
  DECISION_KEY,
  toRecord,
  type DestinationStatus,
  type ReportingRecord,
} from '../lib/reporting-record';

// The record's shape and toRecord are pure (src/lib), so src/export reads them without storage.
export { toRecord, type DestinationStatus, type ReportingRecord } from '../lib/reporting-record';

/** Loads the answers and statuses of one incident. */
export function loadReporting(incidentId: string): Promise<ReportingRecord> {
  return read(['reporting'], async (tx) =>
    toRecord(await tx.objectStore('reporting').index('byIncident').getAll(incidentId)),
  );
}

/** The answers (q:* rows) of one incident, as stored. */
function answersOf(entries: ReportingEntry[]): Record<string, string> {
  return toRecord(entries).answers;
}

/**
 * Computes the decision text from the answers and the incident. It must be pure and
 * synchronous: it runs inside the transaction, on the rows read there.
 */
export type DecideFn = (answers: Record<string, string>, incident: Incident) => string;

/** Saves one answer (key `q:<questionId>`) in a strict transaction; resolves after commit. */
export async function saveAnswer(input: {
  incidentId: string;
  questionId: string;
  value: string;
  by: string;
}): Promise<void> {
  const now = nowIso();
  await write(['incidents', 'reporting'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    await tx.objectStore('reporting').put({
      incidentId: input.incidentId,
      key: `q:${input.questionId}`,
      value: input.value,
      updatedAt: now,
    });
  });
  notifyChange({ incidentId: input.incidentId, part: 'reporting' });
}

/**
 * Records the reporting decision in the timeline (kind 'reporting') when the person asks
 * for it: `decide` runs on every answer stored (read in the same strict transaction, so
 * answers given in other tabs count) and on the incident as stored. Nothing is appended
 * when the decision equals the one last recorded. Resolves after commit.
 */
export async function recordDecision(input: {
  incidentId: string;
  decide: DecideFn;
  by: string;
}): Promise<{ decision: string; recorded: boolean }> {
  const now = nowIso();
  const result = await write(['incidents', 'reporting', 'timeline'], async (tx) => {
    const store = tx.objectStore('reporting');
    const incidents = tx.objectStore('incidents');
    // When it is missing, touchIncident throws the usual "not found" error.
    const incident =
      (await incidents.get(input.incidentId)) ??
      (await touchIncident(incidents, input.incidentId, now));
    const decision = input.decide(
      answersOf(await store.index('byIncident').getAll(input.incidentId)),
      incident,
    );
    const last = await store.get([input.incidentId, DECISION_KEY]);
    if (last?.value === decision) return { decision, recorded: false };
    await touchIncident(incidents, input.incidentId, now);
    await store.put({
      incidentId: input.incidentId,
      key: DECISION_KEY,
      value: decision,
      updatedAt: now,
    });
    await appendEntry(
      tx.objectStore('timeline'),
      { incidentId: input.incidentId, at: now, kind: 'reporting', text: decision, by: input.by },
      now,
    );
    return { decision, recorded: true };
  });
  notifyChange({ incidentId: input.incidentId, part: 'reporting' });
  if (result.recorded) notifyChange({ incidentId: input.incidentId, part: 'timeline' });
  return result;
}

/**
 * The words of a status change's timeline entry, passed in by the caller (its catalogue, in
 * the language on screen): 「報告・届出「IPA」の速報を対応済みにしました（2026-11-27）。メモ：…」.
 */
export interface StatusLogWords {
  statusLogWhat: (destination: string) => string;
  statusLogDeadline: (what: string, deadline: string) => string;
  statusLogDone: (what: string, doneAt: string) => string;
  statusLogTodo: (what: string) => string;
  statusLogMemo: (memo: string) => string;
  /** Said for a 対応済み without a date. */
  noDoneDate: string;
}

/**
 * Sets the status (未対応 / 対応済み with date and memo) of one deadline of a destination
 * (key `d:<destinationId>:<deadlineId>`), or of a destination without deadlines (key
 * `d:<destinationId>`), and records it in the timeline, in one strict transaction.
 * `label` names the destination and `deadlineLabel` the deadline in the timeline text,
 * worded by `words`.
 */
export async function saveDestinationStatus(input: {
  incidentId: string;
  destinationId: string;
  deadlineId?: string;
  label: string;
  deadlineLabel?: string;
  status: 'todo' | 'done';
  doneAt?: string;
  memo?: string;
  by: string;
  words: StatusLogWords;
}): Promise<DestinationStatus> {
  const now = nowIso();
  const memo = input.memo?.trim() ?? '';
  const status: DestinationStatus = {
    status: input.status,
    ...(input.status === 'done' && input.doneAt ? { doneAt: input.doneAt } : {}),
    ...(memo ? { memo } : {}),
    updatedAt: now,
  };
  const w = input.words;
  const destination = w.statusLogWhat(input.label);
  const what = input.deadlineLabel
    ? w.statusLogDeadline(destination, input.deadlineLabel)
    : destination;
  const text =
    (input.status === 'done'
      ? w.statusLogDone(what, input.doneAt ?? w.noDoneDate)
      : w.statusLogTodo(what)) + (memo ? w.statusLogMemo(memo) : '');
  await write(['incidents', 'reporting', 'timeline'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    await tx.objectStore('reporting').put({
      incidentId: input.incidentId,
      key: input.deadlineId
        ? `d:${input.destinationId}:${input.deadlineId}`
        : `d:${input.destinationId}`,
      value: input.status,
      ...status,
    });
    await appendEntry(
      tx.objectStore('timeline'),
      { incidentId: input.incidentId, at: now, kind: 'reporting-status', text, by: input.by },
      now,
    );
  });
  notifyChange({ incidentId: input.incidentId, part: 'reporting' });
  return status;
}

/** Every incident not in the trash and not closed, with its reporting record (for deadlines at app start). */
export function loadOpenReporting(): Promise<{ incident: Incident; record: ReportingRecord }[]> {
  return read(['incidents', 'reporting'], async (tx) => {
    // Through the status index: closed incidents (most of them, over time) are not read.
    const byStatus = tx.objectStore('incidents').index('byStatusUpdatedAt');
    const active = await Promise.all(
      (['open', 'recovered'] as const).map((s) =>
        byStatus.getAll(IDBKeyRange.bound([s, ''], [s, '\uffff'])),
      ),
    );
    const incidents = active.flat().filter((i) => i.deletedAt === null);
    const index = tx.objectStore('reporting').index('byIncident');
    return Promise.all(
      incidents.map(async (incident) => ({
        incident,
        record: toRecord(await index.getAll(incident.id)),
      })),
    );
  });
}
