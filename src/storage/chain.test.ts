// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from './schema';
import { canonicalJson, chainHead, entryHash, GENESIS_HASH, sealEntry, verifyChain } from './chain';
import { sha256Hex } from './sha256';

const entry = (n: number, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: `t-${n}`,
  incidentId: 'inc-1',
  at: `2026-11-20T00:0${n}:00.000Z`,
  createdAt: `2026-11-20T00:0${n}:00.000Z`,
  kind: 'note',
  text: `記録 ${n}`,
  by: '山田',
  ...over,
});

/** A chain of `n` entries, sealed one after the other. */
function chainOf(n: number): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (let i = 1; i <= n; i++) out.push(sealEntry(entry(i), out[out.length - 1]));
  return out;
}

describe('sha256Hex', () => {
  it('equals node:crypto for empty, short, block-edge and long inputs', () => {
    for (const size of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_000]) {
      const bytes = randomBytes(size);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('canonical encoding', () => {
  it('sorts keys at every level and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'あ' }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":"あ","z":1}]},"b":1}',
    );
  });

  it('gives the same hash whatever the key order, and covers every field but hash', () => {
    const e = entry(1);
    const reordered = Object.fromEntries(Object.entries(e).reverse()) as TimelineEntry;
    expect(entryHash(reordered)).toBe(entryHash(e));
    expect(entryHash({ ...e, hash: 'x' })).toBe(entryHash(e));
    expect(entryHash({ ...e, by: '佐藤' })).not.toBe(entryHash(e));
    expect(entryHash({ ...e, at: '2026-11-20T00:00:00.001Z' })).not.toBe(entryHash(e));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain in any stored order and names its head', () => {
    const chain = chainOf(4);
    expect(chain[0]!.prevHash).toBe(GENESIS_HASH);
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
    const report = verifyChain([...chain].reverse());
    expect(report).toEqual({ ok: true, count: 4, head: chain[3] });
    expect(chainHead(chain)).toBe(chain[3]);
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: undefined });
  });

  it('detects a changed entry', () => {
    const chain = chainOf(4);
    chain[2] = { ...chain[2]!, text: '書き換えた' };
    expect(verifyChain(chain)).toMatchObject({ ok: false, reason: 'changed', at: { id: 't-3' } });
  });

  it('detects a changed entry whose hash was recomputed (the next link breaks)', () => {
    const chain = chainOf(4);
    const forged = { ...chain[1]!, text: '書き換えた' };
    chain[1] = { ...forged, hash: entryHash(forged) };
    expect(verifyChain(chain)).toMatchObject({ ok: false, reason: 'order', at: { id: 't-3' } });
  });

  it('detects a removed entry', () => {
    const chain = chainOf(4);
    chain.splice(1, 1);
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      reason: 'missing-before',
      at: { id: 't-3' },
    });
  });

  it('detects reordered entries', () => {
    const chain = chainOf(4);
    // Swapping the places (seq) of two entries changes their content.
    const [a, b] = [chain[1]!, chain[2]!];
    chain[1] = { ...a, seq: b.seq };
    chain[2] = { ...b, seq: a.seq };
    expect(verifyChain(chain)).toMatchObject({ ok: false, reason: 'changed' });
    // Resealing them in a new order breaks the link to the entries around them.
    const resealed = chainOf(4);
    const moved = sealEntry(resealed[2]!, resealed[0]);
    const report = verifyChain([resealed[0]!, moved, { ...resealed[1]!, seq: 3 }, resealed[3]!]);
    expect(report.ok).toBe(false);
  });

  it('detects an inserted entry, chained or not', () => {
    const chain = chainOf(3);
    const inserted = sealEntry(entry(9), chain[0]);
    expect(verifyChain([...chain, inserted])).toMatchObject({ ok: false });
    expect(verifyChain([...chain, entry(8)])).toMatchObject({
      ok: false,
      reason: 'unchained',
      at: { id: 't-8' },
      checked: 3,
    });
  });
});
