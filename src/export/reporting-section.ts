// The 「報告・届出と期限」 section of every export, live from the answers and statuses in
// the snapshot (not only the decision last recorded in the timeline). The rules are
// content: the caller passes in `reportingOutline` (features/reporting/outline.ts), which
// writes the lines in the language asked (a summary's or 引継ぎ's; Japanese for the drafts).
import { toRecord, type ReportingRecord } from '../lib/reporting-record';
import type { Language } from '../i18n/languages';
import type { Incident } from '../storage/schema';
import { escapeMarkdownInline as esc } from './escape';
import type { IncidentSnapshot } from './types';
import { JAPANESE, type SummaryWords } from './words';

/** One destination as a line: its title and what to say about it. */
export interface ReportingLine {
  title: string;
  /** Deadlines and statuses (owed), the deciding questions (open), or 報告不要 (not needed). */
  detail: string;
}

/** What the section shows, already in words (dates in JST with weekday). */
export interface ReportingOutline {
  /** The nearest open deadline, e.g. 「個人情報保護委員会への報告 速報 2026年11月27日（金）まで（あと 1 日）」; '' when none. */
  nearest: string;
  /** Owed on firm answers. */
  owed: ReportingLine[];
  /** Owed only because of 「わからない」 or unanswered questions: answering decides them. */
  open: ReportingLine[];
  notNeeded: ReportingLine[];
  /** False until 「個人情報は含まれますか？」 is answered. */
  checked: boolean;
}

/**
 * Turns an incident's reporting record into the outline at `nowIso`, written in `language`
 * (the rules and their words live with the caller).
 */
export type ReportingOutlineOf = (
  record: ReportingRecord,
  incident: Pick<Incident, 'discoveredAt' | 'types' | 'causes'>,
  nowIso: string,
  language: Language,
) => ReportingOutline;

/** The outline of a snapshot in `language`, or null when the caller passed no rules. */
export function reportingOf(
  snap: IncidentSnapshot,
  outlineOf: ReportingOutlineOf | undefined,
  nowIso: string,
  language: Language = 'ja',
): ReportingOutline | null {
  return outlineOf ? outlineOf(toRecord(snap.reporting), snap.incident, nowIso, language) : null;
}

/** The section's heading in Japanese (as the Japanese drafts print it). */
export const REPORTING_HEADING = JAPANESE.reportingHeading;

/** The section as plain-text lines (`short`: a few lines for a chat message). */
export function reportingSectionText(
  o: ReportingOutline | null,
  { short = false }: { short?: boolean } = {},
  w: SummaryWords = JAPANESE,
): string[] {
  if (!o) return [];
  const lines = [short ? `${w.reportingHeading}:` : `■ ${w.reportingHeading}${w.reportingBasis}`];
  if (!o.checked) lines.push(w.reportingUnchecked);
  if (o.nearest) lines.push(`${w.nextDeadline}: ${o.nearest}`);
  if (short) {
    if (o.owed.length) lines.push(`${w.owed}: ${o.owed.map((l) => l.title).join(w.listSeparator)}`);
    if (o.open.length) lines.push(w.decidedByAnswersCount(o.open.length));
    return lines;
  }
  lines.push(`${w.withCount(w.owed, o.owed.length)}:`, ...bullets(o.owed, w.none, w));
  if (o.open.length) lines.push(`${w.decidedByAnswers}:`, ...bullets(o.open, '', w));
  lines.push(
    `${w.withCount(w.notNeeded, o.notNeeded.length)}:`,
    ...bullets(o.notNeeded, w.none, w),
  );
  return lines;
}

function bullets(items: ReportingLine[], none: string, w: SummaryWords): string[] {
  if (items.length === 0) return none ? [none] : [];
  return items.map((l) => `${w.bullet}${l.title}: ${l.detail}`);
}

/** The section as Markdown lines. */
export function reportingSectionMarkdown(
  o: ReportingOutline | null,
  w: SummaryWords = JAPANESE,
): string[] {
  if (!o) return [];
  const item = (l: ReportingLine) => `- **${esc(l.title)}**: ${esc(l.detail)}`;
  const out = [`## ${w.reportingHeading}`, '', w.reportingBasis, ''];
  if (!o.checked) out.push(esc(w.reportingUnchecked), '');
  if (o.nearest) out.push(`**${w.nextDeadline}**: ${esc(o.nearest)}`, '');
  out.push(
    `### ${w.withCount(w.owed, o.owed.length)}`,
    '',
    ...(o.owed.length ? o.owed.map(item) : [w.none]),
  );
  if (o.open.length) out.push('', `### ${w.decidedByAnswers}`, '', ...o.open.map(item));
  out.push('', `### ${w.withCount(w.notNeeded, o.notNeeded.length)}`, '');
  out.push(...(o.notNeeded.length ? o.notNeeded.map(item) : [w.none]), '');
  return out;
}

/** The section as a block of plain-text lines after a blank line (nothing without rules). */
export function reportingBlock(o: ReportingOutline | null, w: SummaryWords = JAPANESE): string[] {
  return o ? ['', ...reportingSectionText(o, {}, w)] : [];
}

/** The section after a letter to customers or partners: marked as an internal note to delete. */
export function internalReportingSection(o: ReportingOutline | null): string[] {
  if (!o) return [];
  return [
    '',
    '――――― ここから下は社内用のメモです。送る前に削除してください ―――――',
    ...reportingBlock(o),
  ];
}
