// The words of the summaries and 引継ぎ (their type, the Japanese source) and the dates and
// durations written with them. The other languages are in summary-words.ts (only the
// builders import them, so the pages that show a chain line carry the Japanese alone).
import type { MessagesOf } from '../i18n/namespace';
import { exportSummary } from '../i18n/ja/export-summary';
import { toTime } from '../lib/jst';

/** The words a summary is written with (the Japanese source, or one of its renderings). */
export type SummaryWords = MessagesOf<typeof exportSummary.ja>;

/** The Japanese words: the drafts for Japanese authorities and partners always use these. */
export const JAPANESE: SummaryWords = exportSummary.ja;

const JST_OFFSET_MS = 9 * 3_600_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** 「2026/11/25(水) 21:05」 in JST, in the words' language; text that is not a date stays as it is. */
export function formatDate(iso: string | undefined | null, w: SummaryWords): string {
  const t = toTime(iso);
  if (t === null) return iso ?? '';
  const d = new Date(t + JST_OFFSET_MS);
  return w.dateTime(
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`,
    w.weekdays[WEEKDAYS[d.getUTCDay()]!],
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  );
}

/** Elapsed time between two instants (「2日3時間」, 「45分」); '' if unknown. */
export function formatElapsedIn(
  fromIso: string | undefined | null,
  toIso: string,
  w: SummaryWords,
): string {
  const from = toTime(fromIso);
  const to = toTime(toIso);
  if (from === null || to === null || to < from) return '';
  const minutes = Math.floor((to - from) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return w.elapsedDays(days, hours);
  if (hours > 0) return w.elapsedHours(hours, minutes % 60);
  return w.elapsedMinutes(minutes % 60);
}
