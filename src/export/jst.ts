// Dates in Japan Standard Time, whatever the device's zone: JST has no daylight saving,
// so a fixed +9h offset is exact and needs no time-zone data.

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Milliseconds since the epoch, or null when the text is not a date. */
export function toTime(iso: string | undefined | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** 「2026/11/25(水) 21:05」 in JST; text that is not a date is returned as it is. */
export function formatJst(iso: string | undefined | null): string {
  const t = toTime(iso);
  if (t === null) return iso ?? '';
  const d = new Date(t + JST_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}` +
    `(${WEEKDAYS[d.getUTCDay()]}) ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}

/** 「2026/11/25 21:05:09」 in JST, for timelines handed to specialists. */
export function formatJstSeconds(iso: string | undefined | null): string {
  const t = toTime(iso);
  if (t === null) return iso ?? '';
  const d = new Date(t + JST_OFFSET_MS);
  return (
    `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
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

/** The JST calendar date 「2026-11-25」 (for file names); '' when not a date. */
export function jstDate(iso: string): string {
  const t = toTime(iso);
  if (t === null) return '';
  return new Date(t + JST_OFFSET_MS).toISOString().slice(0, 10);
}
