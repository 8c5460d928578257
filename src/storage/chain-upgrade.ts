import type { IDBPObjectStore, StoreNames } from 'idb';
import type { NaviDB, TimelineEntry } from './schema';
import { sealLegacy } from './chain';

type TimelineUpgradeStore = IDBPObjectStore<
  NaviDB,
  StoreNames<NaviDB>[],
  'timeline',
  'versionchange'
>;

/**
 * Version 2: chains the entries written by version 1 once, per incident in the order they
 * were written, and marks them `legacy` with the time of chaining. Runs inside the upgrade.
 */
export async function chainLegacyEntries(store: TimelineUpgradeStore, now: string): Promise<void> {
  const all = await store.getAll();
  const byIncident = new Map<string, TimelineEntry[]>();
  for (const e of all) {
    if (e.hash !== undefined) continue;
    byIncident.set(e.incidentId, [...(byIncident.get(e.incidentId) ?? []), e]);
  }
  for (const entries of byIncident.values()) {
    for (const sealed of sealLegacy(entries, now)) await store.put(sealed);
  }
}
