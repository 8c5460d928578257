import type { TimelineEntry, TimelineKind } from './schema';

/**
 * FROZEN: how entries written before version 3 began when they recorded a destination's
 * status (kind 'reporting', like a decision). Those entries are chained: changing their kind
 * would change their hash and break every chain head already printed, so they keep it, and
 * this one function reads them. Since version 3 they are written as 'reporting-status'.
 */
export const LEGACY_STATUS_PREFIX = '報告・届出「';

/** What an entry records, by its kind (and, for entries written before v3, the frozen prefix). */
export function timelineKind(entry: Pick<TimelineEntry, 'kind' | 'text'>): TimelineKind {
  return entry.kind === 'reporting' && entry.text.startsWith(LEGACY_STATUS_PREFIX)
    ? 'reporting-status'
    : entry.kind;
}
