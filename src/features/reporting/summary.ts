/**
 * Pure helpers over the engine's result: the decision text recorded in the timeline,
 * the nearest open deadline of an incident, and the due-soon / overdue count.
 */
import type { Incident } from '../../storage';
import { evaluate, type Deadline, type Obligation } from './engine';
import { daysUntil, formatJaDate, type DeadlineWords } from './dates';
import { toAnswer, type QuestionId } from './questions';
import type { MessagesOf } from '../../i18n/namespace';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';
import { reportingQuestions } from '../../i18n/ja/reporting-questions';

const ja = reportingDeadlines.ja;

/**
 * Statuses as stored: keyed `<destinationId>:<deadlineId>` (one per deadline) or, for
 * destinations without deadlines and for rows saved before per-deadline statuses,
 * `<destinationId>` (meaning: every deadline of that destination).
 */
export type StatusMap = Readonly<Record<string, { status: 'todo' | 'done' } | undefined>>;

/** The status key of one deadline of a destination. */
export const deadlineKey = (destinationId: string, deadlineId: string): string =>
  `${destinationId}:${deadlineId}`;

/** True when this deadline is 対応済み (its own row, else the destination-wide row). */
export function isDeadlineDone(
  statuses: StatusMap,
  destinationId: string,
  deadlineId: string,
): boolean {
  const own = statuses[deadlineKey(destinationId, deadlineId)];
  return (own ?? statuses[destinationId])?.status === 'done';
}

/** True when the whole destination is 対応済み: every deadline, or its single status. */
export function isObligationDone(o: Obligation, statuses: StatusMap): boolean {
  if (o.deadlines.length === 0) return statuses[o.destinationId]?.status === 'done';
  return o.deadlines.every((d) => isDeadlineDone(statuses, o.destinationId, d.id));
}

/**
 * How late an open dated deadline is: 'overdue' only for a legal deadline (basis 'law')
 * past its date; a guideline target past its date is 'past-target' (never 「期限超過」).
 */
export type Lateness = 'on-time' | 'overdue' | 'past-target';

/** The lateness of a deadline with `daysLeft` days to go (negative when past). */
export function latenessOf(basis: Deadline['basis'], daysLeft: number): Lateness {
  if (daysLeft >= 0) return 'on-time';
  return basis === 'law' ? 'overdue' : 'past-target';
}

/** The span of a guideline target in words, e.g. 「3〜5日」 (from its Japanese text, else its days). */
export function targetSpan(d: Pick<Deadline, 'text' | 'days'>, m: DeadlineWords = ja): string {
  const range = /(\d+)〜(\d+)日/.exec(d.text);
  if (range) return m.span(Number(range[1]), Number(range[2]));
  return d.days ? m.span(d.days, d.days) : '';
}

/**
 * 「速報の目安（3〜5日）を過ぎています。できるだけ早く」 for a guideline target past its date
 * (`label`: the deadline's label in the words of `m`).
 */
export function pastTargetText(
  d: Pick<Deadline, 'label' | 'text' | 'days'>,
  m: DeadlineWords = ja,
  label = d.label,
): string {
  return m.pastTarget(label, targetSpan(d, m));
}

/** How many days ahead an open deadline counts as 「期限が近い」. */
export const DUE_SOON_DAYS = 3;

/** Words for a deadline's basis (never colour only); Japanese by default. */
export const basisLabel = (basis: Deadline['basis'], m: DeadlineWords = ja): string =>
  m.basis[basis];

/** 「報告不要」 for a report that does not apply, 「今回は不要」 for an action (not a report). */
export const notNeededLabel = (o: Pick<Obligation, 'kind'>, m: DeadlineWords = ja): string =>
  m.notNeeded[o.kind];

/** Short names of questions (for 「わからない」 notes), e.g. 「個人情報、人数」; Japanese by default. */
export function questionNames(
  ids: readonly QuestionId[],
  m: MessagesOf<(typeof reportingQuestions)['ja']> = reportingQuestions.ja,
): string {
  return ids.map((id) => m.short[id]).join(m.separator);
}

/**
 * The decision as one timeline text: what applies (with dated deadlines) and what does not
 * (「報告不要」, or 「今回は不要」 for actions that are not reports, with the reason), so summaries and report drafts can quote it.
 */
export function decisionText(obligations: readonly Obligation[]): string {
  const needed = obligations.filter((o) => o.applies);
  const notNeeded = obligations.filter((o) => !o.applies);
  const lines = ['報告・届出の判断'];
  for (const o of needed) {
    const dated = o.deadlines
      .filter((d) => d.due)
      .map((d) => `${d.label} ${formatJaDate(d.due!)}まで（${basisLabel(d.basis)}）`);
    const unknown = o.dueToUnknown.length ? '・「わからない」の回答があるため念のため' : '';
    lines.push(`必要：${o.title}${dated.length ? `：${dated.join('、')}` : ''}${unknown}`);
  }
  for (const o of notNeeded)
    lines.push(`${notNeededLabel(o)}：${o.title}：${o.reasons.map((r) => r.text).join(' ')}`);
  return lines.join('\n');
}

/** The decision text for stored answers and the incident as stored (a pure `DecideFn`). */
export function decisionFor(
  answers: Readonly<Record<string, string>>,
  incident: Pick<Incident, 'discoveredAt' | 'types' | 'causes'>,
): string {
  return decisionText(evaluate(answers, incident.discoveredAt, incident.types, incident.causes));
}

/**
 * False until 「個人情報は含まれますか？」 is answered: before that every question counts
 * as 「わからない」, so deadlines (e.g. the PPC 速報) are only the cautious guess and the
 * home list, badge and incident pages say 「報告・届出の確認がまだです」 instead.
 */
export const reportingChecked = (answers: Readonly<Record<string, string>>): boolean =>
  toAnswer('personal', answers.personal) !== undefined;

/** Calm words shown instead of a deadline while reportingChecked is false. */
export const UNCHECKED_TEXT = ja.unchecked;

/** One dated, still open deadline of an incident. */
export interface OpenDeadline {
  destinationId: string;
  title: string;
  deadline: Deadline;
  due: string;
  /** Days from today (JST) to the due date; negative when overdue. */
  daysLeft: number;
}

/**
 * Open (未対応) dated deadlines, legal deadlines already overdue first, then nearest first
 * (each deadline has its own status).
 */
export function openDeadlines(
  obligations: readonly Obligation[],
  statuses: StatusMap,
  now: Date | string,
): OpenDeadline[] {
  return obligations
    .filter((o) => o.applies)
    .flatMap((o) =>
      o.deadlines
        .filter(
          (d): d is Deadline & { due: string } =>
            d.due !== null && !isDeadlineDone(statuses, o.destinationId, d.id),
        )
        .map((d) => ({
          destinationId: o.destinationId,
          title: o.title,
          deadline: d,
          due: d.due,
          daysLeft: daysUntil(d.due, now),
        })),
    )
    .sort(
      (a, b) =>
        Number(!isOverdue(a)) - Number(!isOverdue(b)) ||
        a.due.localeCompare(b.due) ||
        a.destinationId.localeCompare(b.destinationId),
    );
}

/** True for a legal deadline past its date (the only 「期限超過」). */
export const isOverdue = (d: OpenDeadline): boolean =>
  latenessOf(d.deadline.basis, d.daysLeft) === 'overdue';

/** The nearest open dated deadline of an incident, or null when there is none. */
export function nearestDeadline(
  obligations: readonly Obligation[],
  statuses: StatusMap,
  now: Date | string,
): OpenDeadline | null {
  return openDeadlines(obligations, statuses, now)[0] ?? null;
}

/**
 * Counts open deadlines that are overdue (legal deadlines past their date) or due soon
 * (within DUE_SOON_DAYS, or a guideline target already past: still urgent, not overdue).
 */
export function countDueSoon(
  obligations: readonly Obligation[],
  statuses: StatusMap,
  now: Date | string,
): { overdue: number; soon: number } {
  let overdue = 0;
  let soon = 0;
  for (const d of openDeadlines(obligations, statuses, now)) {
    const late = latenessOf(d.deadline.basis, d.daysLeft);
    if (late === 'overdue') overdue++;
    else if (late === 'past-target' || d.daysLeft <= DUE_SOON_DAYS) soon++;
  }
  return { overdue, soon };
}
