/** A new random id (UUID v4 where available). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

let last = 0;

/**
 * Now, as a sortable ISO string in UTC (every stored time uses this form). Strictly
 * increasing within a tab, so two writes in the same millisecond keep their order.
 */
export function nowIso(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
