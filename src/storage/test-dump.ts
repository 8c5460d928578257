// Test helper: an old database dump (tests/fixtures/db-v*.json) rebuilt with plain IndexedDB.
import { readFileSync } from 'node:fs';

/** One store of a dump: its key path, indexes and rows. */
export interface StoreDump {
  keyPath: string | string[];
  indexes: { name: string; keyPath: string | string[] }[];
  records: Record<string, unknown>[];
}
/** A whole database as dumped from a shipped version. */
export interface Dump {
  name: string;
  version: number;
  stores: Record<string, StoreDump>;
}

/** Reads a dump from tests/fixtures by file name. */
export function readDump(file: string): Dump {
  return JSON.parse(
    readFileSync(new URL(`../../tests/fixtures/${file}`, import.meta.url), 'utf8'),
  ) as Dump;
}

/** Builds the old database exactly as the dump describes it, with plain IndexedDB. */
export function buildFromDump(d: Dump): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(d.name, d.version);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const [name, s] of Object.entries(d.stores)) {
        const store = db.createObjectStore(name, { keyPath: s.keyPath });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath);
        for (const r of s.records) store.add(r);
      }
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

/** A dump's rows as version 3 keeps them: the settings row of the trash is gone (an index now). */
export const withoutTrashRow = (store: string, records: Record<string, unknown>[]) =>
  store === 'settings' ? records.filter((r) => r.key !== 'trash') : records;
