import type { DBSchema } from 'idb';
import type { NaviDB } from './schema';

// The shape of database version 2 as shipped, for the step to version 3 (migrations-v3.ts).
// FROZEN: it describes databases on phones; never edit it.

/** The settings row through which version 2 tracked the trash (removed by version 3). */
export const V2_TRASH_KEY = 'trash';

/** Version 2's schema: no index on deletedAt; the trash was the settings row V2_TRASH_KEY. */
export interface NaviDBv2 extends DBSchema {
  incidents: {
    key: string;
    value: NaviDB['incidents']['value'];
    indexes: { byUpdatedAt: string; byStatusUpdatedAt: [string, string] };
  };
  settings: NaviDB['settings'];
}
