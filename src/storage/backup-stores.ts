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

/** Counts of a restore, per store. */
export interface RestoreCounts {
  added: Record<BackupStore, number>;
  updated: Record<BackupStore, number>;
  kept: number;
  /** 備え records kept because this device's copy is newer (never overwritten). */
  keptNewerPrep: number;
  /** Drill debriefs (ふりかえり) from the file that were new or newer here. */
  debriefs: number;
}

/** Empty counts (one zero per store of the backup). */
export function emptyCounts(): RestoreCounts {
  const zero = () =>
    Object.fromEntries(BACKUP_STORES.map((s) => [s, 0])) as Record<BackupStore, number>;
  return { added: zero(), updated: zero(), kept: 0, keptNewerPrep: 0, debriefs: 0 };
}
