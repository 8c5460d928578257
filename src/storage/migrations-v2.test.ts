// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDB } from './db';
import { DB_NAME, DB_VERSION } from './schema';
import { listDrafts } from './drafts';
import { loadPrepProfile } from './prep';
import { loadIncidentSnapshot } from './snapshot';
import { verifyIncidentChain } from './chain-check';
import { useFreshDB } from './test-db';
import { buildFromDump, readDump, withoutTrashRow, type Dump } from './test-dump';

const dump = readDump('db-v2.json');

/** The stores, key paths and indexes of an open database, as a dump describes them. */
async function layoutOf(): Promise<Record<string, Omit<Dump['stores'][string], 'records'>>> {
  const db = await getDB();
  const tx = db.transaction([...db.objectStoreNames]);
  return Object.fromEntries(
    [...db.objectStoreNames].map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].map((i) => ({
        name: i,
        keyPath: store.index(i).keyPath as string | string[],
      }));
      return [name, { keyPath: store.keyPath as string | string[], indexes }];
    }),
  );
}

describe('schema v2 fixture', () => {
  useFreshDB();

  it('describes exactly the database the upgrade ladder creates', async () => {
    // A new phone: the ladder runs from nothing to the current version.
    const created = await layoutOf();
    const dumped = Object.fromEntries(
      Object.entries(dump.stores).map(([name, { keyPath, indexes }]) => [
        name,
        { keyPath, indexes: [...indexes].sort((a, b) => a.name.localeCompare(b.name)) },
      ]),
    );
    for (const s of Object.values(created)) s.indexes.sort((a, b) => a.name.localeCompare(b.name));
    // Version 3 adds one index, the trash (migrations-v3.test.ts).
    const incidents = dumped.incidents!;
    incidents.indexes = [...incidents.indexes, { name: 'byDeletedAt', keyPath: 'deletedAt' }];
    incidents.indexes.sort((a, b) => a.name.localeCompare(b.name));
    expect(created).toEqual(dumped);
  });

  it('opens with the current code and loses nothing', async () => {
    expect(dump.name).toBe(DB_NAME);
    expect(dump.version).toBe(2);
    await buildFromDump(dump);
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    for (const [name, s] of Object.entries(dump.stores)) {
      const rows = await db.getAll(name as 'incidents');
      const records = withoutTrashRow(name, s.records);
      expect(rows).toHaveLength(records.length);
      for (const r of records) expect(rows).toContainEqual(r);
    }

    // The repositories read the version-2 stores as they were written.
    const id = '7b0d3c1e-1f11-4c3a-9a51-0c6f5d2b8a01';
    expect((await listDrafts(id)).map((d) => d.kind)).toEqual(['first-report']);
    const prep = await loadPrepProfile();
    expect(prep.company?.name).toBe('株式会社サンプル商事');
    expect(Object.keys(prep.contacts).sort()).toEqual(['executive', 'vendor']);
    expect(prep.contacts.executive?.phone).toBe('090-1111-2222');
    expect(prep.systems?.myNumber).toBe('yes');
    expect((await loadIncidentSnapshot(id))?.incident.title).toBe('経理部PCのランサムウェア感染');
    // Its chain (hashed with node:crypto when the fixture was made) verifies with the app's code.
    expect(await verifyIncidentChain(id)).toMatchObject({ ok: true, count: 3 });
  });
});
