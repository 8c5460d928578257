/** The time since an instant in the largest fitting unit, as data (words: the home catalogue). */
export type Elapsed =
  { unit: 'lessThanMinute' } | { unit: 'minutes' | 'hours' | 'days'; n: number };

/** Minutes under an hour, hours under two days, then days (as lib/jst.ts's sinceLabel). */
export function elapsed(iso: string, now: number = Date.now()): Elapsed {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return { unit: 'lessThanMinute' };
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.floor(hours / 24) };
}
