import type { NaviDB } from './schema';

/**
 * The stores a backup carries, in the order they are written and restored (incidents
 * first: the other records belong to them; evidence metadata before its files).
 */
export const BACKUP_STORES = [
  'incidents',
  'fields',
  'progress',
  'timeline',
  'reporting',
  'settings',
  'drafts',
  'prep',
  'evidence',
  'evidenceFiles',
] as const;
/** One store of a backup. */
export type BackupStore = (typeof BACKUP_STORES)[number];

/** Every record of every backed-up store, as stored (evidence files as Blobs). */
export type BackupData = { [S in BackupStore]: NaviDB[S]['value'][] };

/** What a restore does with one record of the file. */
export type MergeDecision = 'add' | 'update' | 'keep';

/** The caller's rule for one record of a restore (the device's copy, if any, and the file's). */
export type MergeRule = (
  store: BackupStore,
  existing: object | undefined,
  incoming: object,
) => MergeDecision;
