// Small statistics helpers: the bench reports medians (the machine is shared and noisy).

/** Median of the numbers that are not null; null when there are none. */
export function median(values) {
  const xs = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100) of the finite numbers; null when there are none. */
export function percentile(values, p) {
  const xs = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * xs.length));
  return xs[rank - 1];
}

/** a / b rounded to two decimals, or null when either is missing. */
export function ratio(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** Rounds a millisecond figure to one decimal (null stays null). */
export function ms(value) {
  return typeof value === 'number' ? Math.round(value * 10) / 10 : null;
}

/** A figure that could not be measured, with the reason. */
export function missing(reason) {
  return { value: null, reason };
}
