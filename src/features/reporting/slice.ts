import type { SliceCreator } from '../../app/store';
import { onRemoteChange, toStorageError } from '../../storage';
import type { DestinationStatus, ReportingRecord } from '../../storage/reporting-repo';
import type { DeadlineCheck } from './reminders';
import { stripUnsafeChars, stripUnsafeDeep } from '../../lib/unsafe-text';
import { messagesOf } from '../../i18n/active';

// The repository, the engine and the rules load with the first reporting action, so the
// home route's main bundle carries none of them.
const repo = () => import('../../storage/reporting-repo');

/** A status change of one deadline (or of a destination without deadlines). */
export interface StatusInput {
  destinationId: string;
  deadlineId?: string;
  /** Names the destination in the timeline text (in the language on screen). */
  label: string;
  /** Names the deadline in the timeline text (in the language on screen). */
  deadlineLabel?: string;
  status: 'todo' | 'done';
  doneAt?: string;
  memo?: string;
}

/** Reporting records (answers, statuses, decision) by incident, and their writes. */
export interface ReportingSlice {
  /** Reporting records read so far, by incident id; kept fresh across tabs. */
  reporting: Record<string, ReportingRecord>;
  /** Why an incident's reporting record could not be read, by incident id. */
  reportingErrors: Record<string, string>;
  /** Reads (or re-reads) an incident's reporting record into `reporting`. */
  loadReporting(incidentId: string): Promise<void>;
  /** Saves one answer; it shows at once and stays on screen when the save fails. */
  saveAnswer(incidentId: string, questionId: string, value: string): Promise<void>;
  /** Saves a deadline's status and records it in the timeline. */
  saveDestinationStatus(incidentId: string, input: StatusInput): Promise<DestinationStatus>;
  /** Records the current decision in the timeline unless it is the one last recorded. */
  recordDecision(incidentId: string): Promise<{ decision: string; recorded: boolean }>;
  /** App start: due-soon / overdue deadlines of the open incidents; updates the app badge. */
  checkDeadlines(now?: Date): Promise<DeadlineCheck>;
}

let subscribed = false;

/** A copy of `map` without `key`. */
function without<T>(map: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...map };
  delete copy[key];
  return copy;
}

/** The store's slice for an incident's reporting answers and destination statuses. */
export const createReportingSlice: SliceCreator<ReportingSlice> = (set, get) => {
  const by = () => stripUnsafeChars(get().responderName ?? '');
  const put = (incidentId: string, record: ReportingRecord) =>
    set((s) => ({ reporting: { ...s.reporting, [incidentId]: record } }));
  // The timeline of the open incident gains a line with a status or a decision.
  const refreshTimeline = (incidentId: string) => {
    if (get().openIncident?.incident.id === incidentId) void get().loadIncident(incidentId);
  };
  // One listener for the whole app: other tabs' reporting writes re-read the records shown.
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    onRemoteChange((m) => {
      if (m.incidentId && m.part === 'reporting' && m.incidentId in get().reporting)
        void get().loadReporting(m.incidentId);
    });
  };

  return {
    reporting: {},
    reportingErrors: {},

    async loadReporting(incidentId) {
      subscribe();
      try {
        const record = await (await repo()).loadReporting(incidentId);
        put(incidentId, record);
        if (incidentId in get().reportingErrors)
          set({ reportingErrors: without(get().reportingErrors, incidentId) });
      } catch (e) {
        set({
          reporting: without(get().reporting, incidentId),
          reportingErrors: { ...get().reportingErrors, [incidentId]: toStorageError(e).message },
        });
      }
    },

    async saveAnswer(incidentId, questionId, typed) {
      const value = stripUnsafeChars(typed);
      const r = get().reporting[incidentId];
      if (r) put(incidentId, { ...r, answers: { ...r.answers, [questionId]: value } });
      await (await repo()).saveAnswer({ incidentId, questionId, value, by: by() });
    },

    async saveDestinationStatus(incidentId, input) {
      const [storage, { reporting: words }] = await Promise.all([
        repo(),
        import('../../i18n/ja/reporting'),
      ]);
      const saved = await storage.saveDestinationStatus({
        incidentId,
        ...stripUnsafeDeep(input),
        by: by(),
        // The timeline entry is worded in the language on screen now.
        words: messagesOf(words),
      });
      // The same key as storage's `d:<destinationId>[:<deadlineId>]` row, without `d:`.
      const key = input.deadlineId
        ? `${input.destinationId}:${input.deadlineId}`
        : input.destinationId;
      const r = get().reporting[incidentId];
      if (r) put(incidentId, { ...r, statuses: { ...r.statuses, [key]: saved } });
      refreshTimeline(incidentId);
      return saved;
    },

    async recordDecision(incidentId) {
      const [{ recordDecision }, { decisionFor }] = await Promise.all([
        repo(),
        import('./summary'),
      ]);
      const result = await recordDecision({ incidentId, decide: decisionFor, by: by() });
      const r = get().reporting[incidentId];
      if (r) put(incidentId, { ...r, decision: result.decision });
      if (result.recorded) refreshTimeline(incidentId);
      return result;
    },

    async checkDeadlines(now = new Date()) {
      const [{ loadOpenReporting }, { updateAppBadge }, { deadlineCheckInSlices }] =
        await Promise.all([repo(), import('./reminders'), import('./deadline-slices')]);
      const check = await deadlineCheckInSlices(await loadOpenReporting(), now);
      await updateAppBadge(check.overdue + check.soon + check.unchecked);
      return check;
    },
  };
};
