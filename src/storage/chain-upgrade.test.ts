// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDB } from './db';
import { appendTimeline } from './timeline';
import { verifyIncidentChain } from './chain-check';
import { GENESIS_HASH } from './chain';
import { useFreshDB } from './test-db';
import { buildFromDump, readDump } from './test-dump';

const dump = readDump('db-v1.json');
const ID = '7b0d3c1e-1f11-4c3a-9a51-0c6f5d2b8a01';

describe('the upgrade to version 2 chains the version-1 timeline', () => {
  useFreshDB();

  it('chains every entry once, per incident in writing order, marked legacy', async () => {
    await buildFromDump(dump);
    const db = await getDB();
    const rows = await db.getAll('timeline');
    expect(rows).toHaveLength(dump.stores.timeline!.records.length);
    for (const r of rows) {
      expect(r).toMatchObject({ legacy: true, chainedAt: expect.any(String) });
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const incidents = new Set(rows.map((r) => r.incidentId));
    for (const id of incidents) {
      const report = await verifyIncidentChain(id);
      expect(report).toMatchObject({
        ok: true,
        count: rows.filter((r) => r.incidentId === id).length,
      });
    }
    // Writing order (createdAt), not when it happened: t-0001 was written first.
    const mine = rows.filter((r) => r.incidentId === ID).sort((a, b) => a.seq! - b.seq!);
    expect(mine[0]!.prevHash).toBe(GENESIS_HASH);
    expect(mine.map((r) => r.createdAt)).toEqual(mine.map((r) => r.createdAt).sort());

    // A new entry continues the chain in its own transaction.
    const added = await appendTimeline({ incidentId: ID, text: '追記', by: '山田' });
    expect(added).toMatchObject({ seq: mine.length + 1, prevHash: mine[mine.length - 1]!.hash });
    expect(added.legacy).toBeUndefined();
    expect(await verifyIncidentChain(ID)).toMatchObject({ ok: true, head: { id: added.id } });
  });

  it('reports an entry changed directly in the database, and which one', async () => {
    await buildFromDump(dump);
    const db = await getDB();
    const [first] = (await db.getAll('timeline')).filter((r) => r.incidentId === ID);
    await db.put('timeline', { ...first!, text: '書き換えられた' });
    expect(await verifyIncidentChain(ID)).toMatchObject({
      ok: false,
      reason: 'changed',
      at: { id: first!.id },
    });
  });
});
