import { describe as group, expect, it } from 'vitest';
import type { FieldValue, Incident, ProgressEntry } from '../storage/schema';
import { decide, headerFingerprint, later, pickWinner, type MergeContext } from './merge';

const ctx: MergeContext = { me: 'dev-a', remoteName: '田中のiPhone', label: (r) => r.type };
const field = (value: string, updatedAt: string, device?: string): FieldValue => ({
  incidentId: 'i1',
  fieldId: 'event',
  value,
  updatedAt,
  updatedBy: device ? '田中' : '佐藤',
  ...(device ? { device } : {}),
});

group('later and pickWinner', () => {
  it('orders by time, then by device id', () => {
    expect(later({ at: '2026-01-02', device: 'a' }, { at: '2026-01-01', device: 'z' })).toBe(true);
    expect(later({ at: '2026-01-01', device: 'b' }, { at: '2026-01-01', device: 'a' })).toBe(true);
    expect(later({ at: '2026-01-01', device: 'a' }, { at: '2026-01-01', device: 'b' })).toBe(false);
  });
  it('picks the same winner whatever the order of the revisions', () => {
    const revs = [
      { at: '2026-01-01T00:00:01Z', device: 'b', v: 1 },
      { at: '2026-01-01T00:00:02Z', device: 'a', v: 2 },
      { at: '2026-01-01T00:00:02Z', device: 'c', v: 3 },
    ];
    expect(pickWinner(revs).winner.v).toBe(3);
    expect(pickWinner([...revs].reverse()).winner.v).toBe(3);
    expect(pickWinner(revs).losers.map((r) => r.v)).toEqual([1, 2]);
  });
});

group('decide', () => {
  const remote = (value: string, at: string) => ({
    type: 'field' as const,
    record: field(value, at, 'dev-b'),
  });

  it('takes a record that is not stored here', () => {
    expect(decide(remote('x', 't2'), { at: 't2', device: 'dev-b' }, undefined, ctx)).toEqual({
      take: true,
    });
  });

  it('a later remote value replaces this phone’s own value, which is kept as a conflict', () => {
    const d = decide(
      remote('新しい', 't2'),
      { at: 't2', device: 'dev-b' },
      field('古い', 't1'),
      ctx,
    );
    expect(d.take).toBe(true);
    expect(d.conflict?.text).toContain('古い');
    expect(d.conflict?.text).toContain('田中のiPhone');
    expect(d.conflict?.by).toBe('佐藤');
  });

  it('an earlier remote value loses and changes nothing here', () => {
    const d = decide(
      remote('古い', 't1'),
      { at: 't1', device: 'dev-b' },
      field('新しい', 't2'),
      ctx,
    );
    expect(d).toEqual({ take: false });
  });

  it('a value from a third phone is replaced without a conflict here (its phone records it)', () => {
    const d = decide(
      remote('新しい', 't2'),
      { at: 't2', device: 'dev-b' },
      field('C の値', 't1', 'dev-c'),
      ctx,
    );
    expect(d).toEqual({ take: true });
  });

  it('the same value is taken only when later (no conflict)', () => {
    const stored = field('同じ', 't1');
    expect(decide(remote('同じ', 't2'), { at: 't2', device: 'dev-b' }, stored, ctx)).toEqual({
      take: true,
    });
    expect(decide(remote('同じ', 't0'), { at: 't0', device: 'dev-b' }, stored, ctx)).toEqual({
      take: false,
    });
  });

  it('a tick: the later state wins and the earlier one is described in words', () => {
    const mine: ProgressEntry = {
      incidentId: 'i1',
      itemId: 'isolate',
      state: 'done',
      by: '佐藤',
      at: 't1',
      note: 'LAN を抜いた',
      updatedAt: 't1',
    };
    const theirs = { ...mine, state: 'not-applicable' as const, note: '', updatedAt: 't2' };
    const d = decide(
      { type: 'progress', record: { ...theirs, device: 'dev-b' } },
      { at: 't2', device: 'dev-b' },
      mine,
      ctx,
    );
    expect(d.take).toBe(true);
    expect(d.conflict?.text).toContain('完了（メモ: LAN を抜いた）');
  });

  group('incident header', () => {
    const header: Incident = {
      id: 'i1',
      title: 'ランサムウェア',
      types: ['ransomware'],
      causes: [],
      status: 'open',
      discoveredAt: 't0',
      createdAt: 't0',
      updatedAt: 't5',
      deletedAt: null,
    };
    const renamed = { ...header, title: '本社の感染', updatedAt: 't3' };
    it('a tick elsewhere (same header, later activity) changes nothing but the time', () => {
      const d = decide(
        { type: 'incident', record: { ...header, updatedAt: 't9' } },
        { at: 't9', device: 'dev-b' },
        header,
        { ...ctx, synced: { fp: headerFingerprint(header), at: 't0', device: 'dev-a' } },
      );
      expect(d).toEqual({ take: true });
    });
    it('a rename elsewhere replaces a header unchanged here since the last sync', () => {
      const synced = { fp: headerFingerprint(header), at: 't0', device: 'dev-a' };
      const d = decide(
        { type: 'incident', record: renamed },
        { at: 't3', device: 'dev-b' },
        header,
        { ...ctx, synced },
      );
      expect(d).toEqual({ take: true });
    });
    it('a header changed here later than the remote rename is kept', () => {
      const local = { ...header, status: 'recovered' as const, updatedAt: 't5' };
      const synced = { fp: headerFingerprint(header), at: 't0', device: 'dev-a' };
      const d = decide(
        { type: 'incident', record: renamed },
        { at: 't3', device: 'dev-b' },
        local,
        {
          ...ctx,
          synced,
        },
      );
      expect(d).toEqual({ take: false });
    });
    it('a header changed here earlier loses, kept as a conflict', () => {
      const local = { ...header, status: 'recovered' as const, updatedAt: 't2' };
      const synced = { fp: headerFingerprint(header), at: 't0', device: 'dev-a' };
      const d = decide(
        { type: 'incident', record: renamed },
        { at: 't3', device: 'dev-b' },
        local,
        {
          ...ctx,
          synced,
        },
      );
      expect(d.take).toBe(true);
      expect(d.conflict?.text).toContain('復旧済み');
    });
  });
});

group('decide for 平時の備え', () => {
  const company = (name: string, updatedAt: string) => ({
    id: 'company' as const,
    kind: 'company' as const,
    name,
    address: '',
    industry: '',
    employees: '',
    updatedAt,
  });
  const prep = (name: string, at: string) => ({ type: 'prep' as const, record: company(name, at) });
  const stamp = { at: 't2', device: 'dev-b' };
  const sato = { ...ctx, remoteName: '佐藤のスマホ' };

  it('a later record that differs replaces this phone’s, which is reported as replaced', () => {
    const d = decide(prep('新商事', 't2'), stamp, company('旧商事', 't1'), sato);
    expect(d.take).toBe(true);
    expect(d.conflict?.text).toBe('別の端末（佐藤のスマホ）の変更で置き換わりました');
  });

  it('a later record with the same content is taken without a report', () => {
    expect(decide(prep('同じ', 't2'), stamp, company('同じ', 't1'), sato)).toEqual({ take: true });
  });

  it('an empty stored record loses nothing, so nothing is reported', () => {
    expect(decide(prep('新商事', 't2'), stamp, company('', 't1'), sato)).toEqual({ take: true });
  });

  it('an earlier record is not taken', () => {
    expect(decide(prep('古い', 't1'), stamp, company('新しい', 't2'), sato)).toEqual({
      take: false,
    });
  });
});
