/**
 * The trash is tracked in one settings row, written in the same transaction as the incident,
 * so that listing and purging the trash never scan all incidents (schema v1 has no index
 * on deletedAt).
 */
export const TRASH_KEY = 'trash';

/** Incident id → deletedAt (ISO). */
export type TrashIndex = Record<string, string>;
