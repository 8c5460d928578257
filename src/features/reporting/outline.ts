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
import { daysLeft, formatDate } from './dates';
import { JAPANESE_WORDS, shortTitleIn, type ReportingWords } from './words';
import type { Language } from '../../i18n/languages';
import type { MessagesOf } from '../../i18n/namespace';
import { reportingQuestions } from '../../i18n/ja/reporting-questions';

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

/** The words of the exports' outline: the reporting words and the questions' short names. */
export interface OutlineWords extends ReportingWords {
  q: MessagesOf<(typeof reportingQuestions)['ja']>;
}

/** The outline's words in each language (outline-words.ts gives the other languages). */
export type OutlineWordsOf = (language: Language) => OutlineWords;

/** The Japanese words of the outline (every draft for Japanese authorities uses these). */
export const JAPANESE_OUTLINE: OutlineWords = { ...JAPANESE_WORDS, q: reportingQuestions.ja };

/** Every deadline of an owed destination with its basis and status, for the exports. */
function deadlinesText(o: Obligation, statuses: StatusMap, { m, d: dw, tr }: OutlineWords): string {
  if (o.deadlines.length === 0)
    return m.outlineStates[isObligationDone(o, statuses) ? 'done' : 'todo'];
  return o.deadlines
    .map((d) => {
      const state =
        m.outlineStates[isDeadlineDone(statuses, o.destinationId, d.id) ? 'done' : 'todo'];
      const until = d.due ? dw.until(formatDate(d.due, dw)) : '';
      return m.outlineDeadline(tr(d.label), until, basisLabel(d.basis, dw), state);
    })
    .join(m.separator);
}

/**
 * The outline of an incident's reporting (see src/export/reporting-section.ts), in the words
 * `wordsOf` gives for the language asked.
 */
export const outlineWith =
  (wordsOf: OutlineWordsOf): ReportingOutlineOf =>
  (record, incident, nowIso, language) => {
    const w = wordsOf(language);
    const os = evaluate(record.answers, incident.discoveredAt, incident.types, incident.causes);
    const { owed, open, notNeeded } = splitByDecision(os);
    // Owed first, as on the screen; an undecided one only when nothing owed has a date.
    const next =
      nearestDeadline(owed, record.statuses, nowIso) ??
      nearestDeadline(open, record.statuses, nowIso);
    const line = (o: Obligation, detail: string): ReportingLine => ({
      title: w.tr(o.title),
      detail,
    });
    const undecided = next !== null && open.some((o) => o.destinationId === next.destinationId);
    return {
      nearest: next ? nearestText(next, nowIso, w) + (undecided ? w.m.outlineMaybe : '') : '',
      owed: owed.map((o) => line(o, deadlinesText(o, record.statuses, w))),
      open: open.map((o) => line(o, w.m.outlineQuestions(questionNames(o.dueToUnknown, w.q)))),
      notNeeded: notNeeded.map((o) => line(o, notNeededLabel(o, w.d))),
      checked: reportingChecked(record.answers),
    };
  };

/** The outline in Japanese, whatever the language asked (tests; no other words loaded). */
export const reportingOutline: ReportingOutlineOf = outlineWith(() => JAPANESE_OUTLINE);

/** 「個人情報保護委員会への報告 速報 2026年11月27日（金）まで（あと 1 日・ガイドラインの目安…）」 */
function nearestText(d: OpenDeadline, now: string, { m, d: dw, tr }: OutlineWords): string {
  const { label, basis } = d.deadline;
  return m.outlineNearest(
    shortTitleIn(tr, d.title, label),
    tr(label),
    dw.until(formatDate(d.due, dw)),
    daysLeft(d.due, now, dw),
    basisLabel(basis, dw),
  );
}
