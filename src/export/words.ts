// The words of the summaries and 引継ぎ (their type, the Japanese source) and the dates and
// durations written with them. The other languages are in summary-words.ts (only the
// builders import them, so the pages that show a chain line carry the Japanese alone).
import type { MessagesOf } from '../i18n/namespace';
import { exportSummary } from '../i18n/ja/export-summary';
import { elapsedParts, jstParts } from '../lib/jst';

/** The words a summary is written with (the Japanese source, or one of its renderings). */
export type SummaryWords = MessagesOf<typeof exportSummary.ja>;

/** The Japanese words: the drafts for Japanese authorities and partners always use these. */
export const JAPANESE: SummaryWords = exportSummary.ja;

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** 「2026/11/25(水) 21:05」 in JST, in the words' language; text that is not a date stays as it is. */
export function formatDate(iso: string | undefined | null, w: SummaryWords): string {
  const p = jstParts(iso);
  return p ? w.dateTime(p.date, w.weekdays[WEEKDAYS[p.weekday]!], p.time) : (iso ?? '');
}

/** Elapsed time between two instants (「2日3時間」, 「45分」); '' if unknown. */
export function formatElapsedIn(
  fromIso: string | undefined | null,
  toIso: string,
  w: SummaryWords,
): string {
  const e = elapsedParts(fromIso, toIso);
  if (!e) return '';
  if (e.days > 0) return w.elapsedDays(e.days, e.hours);
  if (e.hours > 0) return w.elapsedHours(e.hours, e.minutes);
  return w.elapsedMinutes(e.minutes);
}
