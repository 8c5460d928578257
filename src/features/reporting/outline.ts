/**
 * The reporting result in words, for the exports' 「報告・届出と期限」 section (a
 * ReportingOutlineOf passed to src/export as content) and the screen's overview lines.
 */
import type { ReportingLine, ReportingOutlineOf } from '../../export/reporting-section';
import { evaluate, type Obligation } from './engine';
import { splitByDecision } from './decided';
import {
  basisLabel,
  isDeadlineDone,
  isObligationDone,
  nearestDeadline,
  notNeededLabel,
  questionNames,
  reportingChecked,
  type OpenDeadline,
  type StatusMap,
} from './summary';
import { daysLeft, formatDate, formatJaDate } from './dates';
import { JAPANESE_WORDS, shortTitle, type ReportingWords } from './words';

/**
 * 「✓ 対応済み」, the next open dated deadline with 「あと N 日」, or what the deadline says
 * instead; in the words of `w` (Japanese by default).
 */
export function whenText(
  o: Obligation,
  statuses: StatusMap,
  now: Date | string,
  { m, d, tr }: ReportingWords = JAPANESE_WORDS,
): string {
  if (isObligationDone(o, statuses)) return m.doneShort;
  const next = o.deadlines.find((x) => x.due && !isDeadlineDone(statuses, o.destinationId, x.id));
  if (next?.due)
    return m.nextDue(tr(next.label), d.until(formatDate(next.due, d)), daysLeft(next.due, now, d));
  return o.deadlines[0]?.basis === 'none' ? d.basis.none : m.noDate;
}

/** Every deadline of an owed destination with its basis and status, for the exports. */
function deadlinesText(o: Obligation, statuses: StatusMap): string {
  if (o.deadlines.length === 0) return isObligationDone(o, statuses) ? '対応済み' : '未対応';
  return o.deadlines
    .map((d) => {
      const state = isDeadlineDone(statuses, o.destinationId, d.id) ? '対応済み' : '未対応';
      const when = d.due ? `${formatJaDate(d.due)}まで・` : '';
      return `${d.label}（${when}${basisLabel(d.basis)}）［${state}］`;
    })
    .join('、');
}

/** The outline of an incident's reporting at `nowIso` (see src/export/reporting-section.ts). */
export const reportingOutline: ReportingOutlineOf = (record, incident, nowIso) => {
  const os = evaluate(record.answers, incident.discoveredAt, incident.types, incident.causes);
  const { owed, open, notNeeded } = splitByDecision(os);
  // Owed first, as on the screen; an undecided one only when nothing owed has a date.
  const next =
    nearestDeadline(owed, record.statuses, nowIso) ??
    nearestDeadline(open, record.statuses, nowIso);
  const line = (o: Obligation, detail: string): ReportingLine => ({ title: o.title, detail });
  const undecided = next !== null && open.some((o) => o.destinationId === next.destinationId);
  return {
    nearest: next ? nearestText(next, nowIso) + (undecided ? '※答えによっては不要' : '') : '',
    owed: owed.map((o) => line(o, deadlinesText(o, record.statuses))),
    open: open.map((o) => line(o, `決め手の質問: ${questionNames(o.dueToUnknown)}`)),
    notNeeded: notNeeded.map((o) => line(o, notNeededLabel(o))),
    checked: reportingChecked(record.answers),
  };
};

/** 「個人情報保護委員会への報告 速報 2026年11月27日（金）まで（あと 1 日・ガイドラインの目安…）」 */
function nearestText(d: OpenDeadline, now: string): string {
  const { label, basis } = d.deadline;
  return `${shortTitle(d.title, label)} ${label} ${formatJaDate(d.due)}まで（${daysLeft(d.due, now)}・${basisLabel(basis)}）`;
}
