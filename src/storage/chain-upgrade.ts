import type { IDBPObjectStore, StoreNames } from 'idb';
import type { NaviDB, TimelineEntry } from './schema';
import { sealEntry } from './chain';

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
    entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    let previous: TimelineEntry | undefined;
    for (const e of entries) {
      previous = sealEntry({ ...e, legacy: true, chainedAt: now }, previous);
      await store.put(previous);
    }
  }
}
