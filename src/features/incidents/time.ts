// Times are stored as UTC ISO strings and shown in JST (Japan has no daylight saving).
const JST_OFFSET_MS = 9 * 3_600_000;

const jst = (iso: string) => new Date(new Date(iso).getTime() + JST_OFFSET_MS);
const pad = (n: number) => String(n).padStart(2, '0');

/** 「2026/11/20 09:30」 in JST. */
export function formatJst(iso: string): string {
  const d = jst(iso);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The value of an <input type="datetime-local"> showing this instant in JST. */
export function toLocalInput(iso: string): string {
  return jst(iso).toISOString().slice(0, 16);
}

/** An <input type="datetime-local"> value read as JST → UTC ISO; null when empty/invalid. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = Date.parse(`${value.slice(0, 16)}:00+09:00`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** 「発覚から 3時間」: a calm, coarse duration since `iso`. */
export function sinceLabel(iso: string, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return '1分未満';
  if (minutes < 60) return `${minutes}分`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}時間`;
  return `${Math.floor(hours / 24)}日`;
}
