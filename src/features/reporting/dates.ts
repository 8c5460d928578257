/**
 * Calendar-day arithmetic in Japan time (Asia/Tokyo, UTC+9 all year, no daylight saving),
 * independent of the device's time zone. Dates are 'YYYY-MM-DD' strings.
 */

import { jstDate as jstDateOrEmpty } from '../../lib/jst';
import type { MessagesOf } from '../../i18n/namespace';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The JST calendar date of an instant (ISO string or Date). Throws on an invalid time. */
export function jstDate(at: string | Date): string {
  const date = jstDateOrEmpty(at);
  if (!date) throw new RangeError(`invalid time: ${String(at)}`);
  return date;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (pure calendar arithmetic, in UTC). */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The date `days` calendar days after `date`. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The due date of a period of `days` days counted from 発覚: the day of 発覚 (JST) is day 1,
 * as the PPC guideline counts 確報 periods (通則編 3-5-3-4). The guideline moves a last day on
 * a weekend, holiday or 12/29–1/3 to the next day; this does not, so the date is never later.
 */
export function dueDate(discoveredAt: string, days: number): string {
  return addDays(jstDate(discoveredAt), days - 1);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** How many days remain until the end of `due` (JST), as of `now`; 0 on the due date itself. */
export function daysUntil(due: string, now: Date | string): number {
  return daysBetween(jstDate(now), due);
}

/** The deadline words of one language (the Japanese by default). */
export type DeadlineWords = MessagesOf<(typeof reportingDeadlines)['ja']>;

/** 「あと N 日」, 「今日まで」 or 「N 日超過」 for a due date, as of `now`. */
export function daysLeft(
  due: string,
  now: Date | string,
  m: DeadlineWords = reportingDeadlines.ja,
): string {
  const n = daysUntil(due, now);
  if (n > 0) return m.daysLeft(n);
  if (n === 0) return m.dueToday;
  return m.daysOver(-n);
}

/** 'YYYY-MM-DD' (a JST calendar date, never moved) with its weekday, in the words of `m`. */
export function formatDate(date: string, m: DeadlineWords): string {
  const [y, mo, d] = date.split('-').map(Number);
  const weekday = String(
    new Date(`${date}T00:00:00Z`).getUTCDay(),
  ) as keyof DeadlineWords['weekdays'];
  return m.date(y!, mo!, d!, m.weekdays[weekday]);
}

/** 'YYYY-MM-DD' → 「2026年12月25日（金）」. */
export const formatJaDate = (date: string): string => formatDate(date, reportingDeadlines.ja);
