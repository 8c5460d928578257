// Times in Japan Standard Time, whatever the device's zone. Stored times are UTC ISO strings;
// JST has no daylight saving, so a fixed +9h offset is exact and needs no time-zone data.

const JST_OFFSET_MS = 9 * 3_600_000;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Milliseconds since the epoch, or null when the text is not a date. */
export function toTime(at: string | Date | undefined | null): number | null {
  if (at instanceof Date) return Number.isNaN(at.getTime()) ? null : at.getTime();
  if (!at) return null;
  const t = Date.parse(at);
  return Number.isNaN(t) ? null : t;
}

/** The instant shifted so that its UTC fields read as JST. */
const shifted = (t: number) => new Date(t + JST_OFFSET_MS);

/** 「2026/11/25(水) 21:05」 in JST; text that is not a date is returned as it is. */
export function formatJst(
  iso: string | undefined | null,
  weekdays: readonly string[] = WEEKDAYS,
): string {
  const t = toTime(iso);
  if (t === null) return iso ?? '';
  const d = shifted(t);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}` +
    `(${weekdays[d.getUTCDay()]}) ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

/** 「2026/11/25 21:05:09」 in JST, for timelines handed to specialists. */
export function formatJstSeconds(iso: string | undefined | null): string {
  const t = toTime(iso);
  if (t === null) return iso ?? '';
  const d = shifted(t);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** The JST calendar date 「2026-11-25」; '' when not a date. */
export function jstDate(at: string | Date): string {
  const t = toTime(at);
  return t === null ? '' : shifted(t).toISOString().slice(0, 10);
}

/** Elapsed time between two instants in Japanese (「2日3時間」, 「45分」); '' if unknown. */
export function formatElapsed(fromIso: string | undefined | null, toIso: string): string {
  const from = toTime(fromIso);
  const to = toTime(toIso);
  if (from === null || to === null || to < from) return '';
  const minutes = Math.floor((to - from) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days}日${hours}時間`;
  if (hours > 0) return `${hours}時間${mins}分`;
  return `${mins}分`;
}

/** 「3時間」: a calm, coarse duration since `iso` (for lists). */
export function sinceLabel(iso: string, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return '1分未満';
  if (minutes < 60) return `${minutes}分`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}時間`;
  return `${Math.floor(hours / 24)}日`;
}

/** The value of an <input type="datetime-local"> showing this instant in JST. */
export function toLocalInput(iso: string): string {
  const t = toTime(iso);
  return t === null ? '' : shifted(t).toISOString().slice(0, 16);
}

/**
 * Whether a time entered is later than now: a mistyped year or day in the record. The entered
 * minute may be up to a minute ahead of the clock (datetime-local has no seconds).
 */
export function isFuture(iso: string, now: number = Date.now()): boolean {
  const t = toTime(iso);
  return t !== null && t > now + 60_000;
}

/** An <input type="datetime-local"> value read as JST → UTC ISO; null when empty/invalid. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = Date.parse(`${value.slice(0, 16)}:00+09:00`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
