// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBIndex as FakeIndex } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { getDB } from './db';
import { DB_VERSION } from './schema';
import { countIncidents } from './count';
import { listTrash, moveToTrash, purgeTrash, restoreFromTrash } from './incidents';
import { listIncidents } from './list';
import { useFreshDB } from './test-db';
import { buildFromDump, readDump, type Dump } from './test-dump';

// Version 2 → 3: the trash becomes the index byDeletedAt; the settings row 'trash' goes.

const TRASHED = 'c9a4e2d1-0b6f-4f58-8e3a-7d2c1b0a9f03';

describe('upgrade from the version-2 fixture to version 3', () => {
  useFreshDB();

  it('keeps every record and count, lists the trash from the index and drops the trash row', async () => {
    const dump = readDump('db-v2.json');
    expect(dump.version).toBe(2);
    await buildFromDump(dump);
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(3);
    for (const [name, s] of Object.entries(dump.stores)) {
      const rows = await db.getAll(name as 'incidents');
      if (name === 'settings') {
        expect(rows).toEqual(s.records.filter((r) => r.key !== 'trash'));
        continue;
      }
      expect(rows).toHaveLength(s.records.length);
      for (const r of s.records) expect(rows).toContainEqual(r);
    }
    expect(await db.get('settings', 'trash')).toBeUndefined();
    // The index holds only the incident in the trash (a null deletedAt is not indexed).
    expect(await db.getAllKeysFromIndex('incidents', 'byDeletedAt')).toEqual([TRASHED]);
    expect((await listTrash()).map((i) => i.id)).toEqual([TRASHED]);
    const open = (await listIncidents({ limit: 10 })).items.map((i) => i.id);
    expect(open).not.toContain(TRASHED);
    expect(open).toHaveLength(2);
    const statuses = dump.stores.incidents!.records.filter((r) => r.deletedAt === null);
    for (const status of ['open', 'recovered', 'closed'] as const) {
      expect(await countIncidents(status)).toBe(statuses.filter((r) => r.status === status).length);
    }
  });

  it('trusts deletedAt, not a stale trash row: an incident restored but still listed in the row', async () => {
    const dump = readDump('db-v2.json') as Dump;
    const settings = dump.stores.settings!.records;
    // The row names an incident that is not in the trash (the row and the record disagree).
    const row = settings.find((r) => r.key === 'trash')!;
    row.value = {
      ...(row.value as object),
      '7b0d3c1e-1f11-4c3a-9a51-0c6f5d2b8a01': '2026-11-01T00:00:00.000Z',
    };
    await buildFromDump(dump);
    expect((await listTrash()).map((i) => i.id)).toEqual([TRASHED]);
  });

  it('moves in and out of the trash and purges through the index alone', async () => {
    await buildFromDump(readDump('db-v2.json'));
    const id = '7b0d3c1e-1f11-4c3a-9a51-0c6f5d2b8a01';
    await moveToTrash(id);
    expect((await listTrash()).map((i) => i.id)).toEqual([id, TRASHED]);
    await restoreFromTrash(id);
    expect((await listTrash()).map((i) => i.id)).toEqual([TRASHED]);
    // The fixture's trashed incident was deleted on 2026-11-18: purged 30 days later.
    expect(await purgeTrash(new Date('2026-12-17T00:00:00Z'))).toEqual([]);
    expect(await purgeTrash(new Date('2026-12-19T00:00:00Z'))).toEqual([TRASHED]);
    expect(await listTrash()).toEqual([]);
    expect(await (await getDB()).get('incidents', TRASHED)).toBeUndefined();
  });

  it('never lists, counts or purges a live incident, even where the index returns it (WebKitGTK)', async () => {
    const dump = readDump('db-v2.json');
    await buildFromDump(dump);
    const open = dump.stores.incidents!.records.filter(
      (r) => r.deletedAt === null && r.status === 'open',
    ).length;
    // As WebKitGTK 2.50 does: the index's getAll also returns records whose deletedAt is null.
    vi.spyOn(FakeIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex) {
      return this.objectStore.getAll();
    });
    expect((await listTrash()).map((i) => i.id)).toEqual([TRASHED]);
    expect(await countIncidents('open')).toBe(open);
    expect(await purgeTrash(new Date('2030-01-01T00:00:00Z'))).toEqual([TRASHED]);
    expect((await listIncidents({ limit: 10 })).items).toHaveLength(2);
    vi.restoreAllMocks();
  });
});
