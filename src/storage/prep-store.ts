import type { IDBPDatabase } from 'idb';
import type { NaviDB } from './schema';

/** Schema step of version 2 for 平時の備え: the `prep` store (FROZEN name), keyed by record id. */
export function createPrepStore(db: IDBPDatabase<NaviDB>): void {
  db.createObjectStore('prep', { keyPath: 'id' });
}
