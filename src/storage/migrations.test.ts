// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDB } from './db';
import { DB_NAME, DB_VERSION } from './schema';
import { loadIncidentSnapshot } from './snapshot';
import { listIncidents } from './list';
import { listTrash } from './incidents';
import { getResponderName } from './settings';
import { listDrafts, putDraft } from './drafts';
import { useFreshDB } from './test-db';
import { buildFromDump, readDump, withoutTrashRow } from './test-dump';

const dump = readDump('db-v1.json');

describe('schema v1 fixture', () => {
  useFreshDB();

  it('opens with the current code and loses nothing', async () => {
    expect(dump.name).toBe(DB_NAME);
    await buildFromDump(dump);
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);

    // Every row of every store is still there, unchanged.
    for (const [name, s] of Object.entries(dump.stores)) {
      const rows = await db.getAll(name as 'incidents');
      // Version 3 replaced the settings row of the trash by an index (listTrash below).
      const records = withoutTrashRow(name, s.records);
      expect(rows).toHaveLength(records.length);
      // Timeline entries gain only their chain fields (chain-upgrade.test.ts); the rest is equal.
      for (const r of records) {
        expect(rows).toContainEqual(name === 'timeline' ? expect.objectContaining(r) : r);
      }
      const store = db.transaction(name as 'incidents').store;
      for (const i of s.indexes) expect(store.indexNames.contains(i.name as never)).toBe(true);
    }

    // And the repositories read it as before.
    const snap = await loadIncidentSnapshot('7b0d3c1e-1f11-4c3a-9a51-0c6f5d2b8a01');
    expect(snap?.fields).toHaveLength(2);
    expect(snap?.progress.map((p) => p.itemId).sort()).toEqual([
      'ransomware-isolate',
      'ransomware-try-decryptor',
    ]);
    expect(snap?.timeline.map((t) => t.id)).toEqual(['t-0002', 't-0003', 't-0001']);
    expect(snap?.reporting).toHaveLength(1);
    const page = await listIncidents({ limit: 10 });
    expect(page.items.map((i) => i.title)).toEqual([
      '経理部PCのランサムウェア感染',
      'メール誤送信',
    ]);
    expect((await listTrash()).map((i) => i.title)).toEqual(['テスト（削除済み）']);
    expect(await getResponderName()).toBe('山田 花子');

    // Version 2 added the drafts store, empty and usable.
    expect(dump.version).toBe(1);
    expect(db.objectStoreNames.contains('drafts')).toBe(true);
    const id = '7b0d3c1e-1f11-4c3a-9a51-0c6f5d2b8a01';
    expect(await listDrafts(id)).toEqual([]);
    await putDraft({ incidentId: id, kind: 'first-report', text: '株式会社サンプル' });
    expect((await listDrafts(id)).map((d) => d.text)).toEqual(['株式会社サンプル']);
  });
});
