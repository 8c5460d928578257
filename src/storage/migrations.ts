import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NaviDB } from './schema';
import { createPrepStore } from './prep-store';
import { loadedChain } from './chain-loader';
import { nowIso } from './ids';
import { upgradeToV3 } from './migrations-v3';

/** The upgrade ladder: each step brings a database from version N-1 to N. Never edit a shipped step. */
export function migrate(
  db: IDBPDatabase<NaviDB>,
  oldVersion: number,
  tx: IDBPTransaction<NaviDB, StoreNames<NaviDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const incidents = db.createObjectStore('incidents', { keyPath: 'id' });
    incidents.createIndex('byUpdatedAt', 'updatedAt');
    incidents.createIndex('byStatusUpdatedAt', ['status', 'updatedAt']);
    db.createObjectStore('fields', { keyPath: ['incidentId', 'fieldId'] }).createIndex(
      'byIncident',
      'incidentId',
    );
    db.createObjectStore('progress', { keyPath: ['incidentId', 'itemId'] }).createIndex(
      'byIncident',
      'incidentId',
    );
    db.createObjectStore('timeline', { keyPath: 'id' }).createIndex('byIncidentAt', [
      'incidentId',
      'at',
    ]);
    db.createObjectStore('reporting', { keyPath: ['incidentId', 'key'] }).createIndex(
      'byIncident',
      'incidentId',
    );
    db.createObjectStore('settings', { keyPath: 'key' });
  }
  if (oldVersion < 2) {
    addDraftsStore(db);
    createPrepStore(db);
    // Keyed by incident first, so an incident's evidence is one key range (as fields are).
    for (const store of ['evidence', 'evidenceFiles'] as const) {
      db.createObjectStore(store, { keyPath: ['incidentId', 'id'] });
    }
    const timeline = tx.objectStore('timeline');
    timeline.createIndex('byIncidentSeq', ['incidentId', 'seq']);
    // A failure aborts the upgrade: the database stays at version 1, nothing half-chained.
    // Without the chain code loaded, the upgrade stops here and db.ts loads it and retries.
    if (oldVersion) {
      // An abort is expected here: the open reports it (or retries), not tx.done.
      const stop = () => (tx.done.catch(() => {}), tx.abort());
      const chain = loadedChain(true);
      if (!chain) return stop();
      chain.chainLegacyEntries(timeline, nowIso()).catch(stop);
    }
  }
  if (oldVersion < 3) {
    upgradeToV3(tx as unknown as Parameters<typeof upgradeToV3>[0], oldVersion === 0);
  }
}

/** Version 2: the drafts edited on 共有・出力, one per incident and kind. */
function addDraftsStore(db: IDBPDatabase<NaviDB>): void {
  db.createObjectStore('drafts', { keyPath: ['incidentId', 'kind'] }).createIndex(
    'byIncident',
    'incidentId',
  );
}
