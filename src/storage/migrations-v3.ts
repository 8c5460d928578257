import type { IDBPTransaction, StoreNames } from 'idb';
import { V2_TRASH_KEY, type NaviDBv2 } from './schema-v2';

/** The upgrade transaction, seen through version 2's schema. */
type V2Upgrade = IDBPTransaction<NaviDBv2, StoreNames<NaviDBv2>[], 'versionchange'>;

/**
 * Version 3: the trash becomes an index on deletedAt (IndexedDB leaves a null key out, so
 * the index holds only incidents in the trash); the settings row that tracked it by hand goes.
 */
export function upgradeToV3(tx: V2Upgrade, fromScratch: boolean): void {
  // Version 2's schema has no such index yet: this step is what adds it.
  tx.objectStore('incidents').createIndex('byDeletedAt' as never, 'deletedAt');
  if (!fromScratch) void tx.objectStore('settings').delete(V2_TRASH_KEY);
}
