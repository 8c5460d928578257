// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysLeft, dueDate, formatJaDate, jstDate } from './dates';
import { evaluate } from './engine';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('dueDate (JST, the day of 発覚 is day 1)', () => {
  it.each([
    ['2026-11-25T10:00:00+09:00', 30, '2026-12-24'],
    ['2026-01-31T15:00:00+09:00', 30, '2026-03-01'], // across February (28 days)
    ['2028-01-31T09:00:00+09:00', 30, '2028-02-29'], // leap year: 2028-02-29 exists
    ['2028-02-01T09:00:00+09:00', 30, '2028-03-01'],
    ['2028-02-29T09:00:00+09:00', 1, '2028-02-29'],
    ['2027-02-28T09:00:00+09:00', 1, '2027-02-28'],
    ['2026-12-15T09:00:00+09:00', 60, '2027-02-12'], // across the year end
    ['2026-11-30T16:30:00Z', 30, '2026-12-30'], // 01:30 JST on 12-01
    ['2026-11-25T14:59:59Z', 30, '2026-12-24'], // 23:59:59 JST on 11-25
    ['2026-11-25T15:00:00Z', 30, '2026-12-25'], // 00:00 JST on 11-26
    ['2026-11-25T08:00:00-08:00', 30, '2026-12-25'], // 01:00 JST on 11-26
  ])('%s + %i days → %s', (at, days, expected) => {
    expect(dueDate(at, days)).toBe(expected);
  });

  it('a device in America/Los_Angeles still gets JST dates', () => {
    process.env.TZ = 'America/Los_Angeles';
    const at = '2026-11-30T16:30:00Z';
    // Proof the zone took effect: the local calendar date is still 11-30.
    expect(new Date(at).getDate()).toBe(30);
    expect(jstDate(at)).toBe('2026-12-01');
    expect(dueDate(at, 30)).toBe('2026-12-30');
    const os = evaluate({ personal: 'yes', count: 'over-1000', encrypted: 'no' }, at, [], []);
    const ppc = os.find((o) => o.destinationId === 'rep-ppc')!;
    expect(ppc.deadlines.find((d) => d.id === 'rep-ppc-final')?.due).toBe('2026-12-30');
  });

  it('a device in Pacific/Kiritimati (UTC+14) also gets JST dates', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date('2026-11-25T12:00:00Z').getDate()).toBe(26);
    expect(jstDate('2026-11-25T12:00:00Z')).toBe('2026-11-25');
  });

  it('rejects an invalid time', () => {
    expect(() => jstDate('not a date')).toThrow(RangeError);
  });
});

describe('daysLeft', () => {
  it.each([
    ['2026-12-24T23:00:00+09:00', 'あと 1 日'],
    ['2026-12-25T00:00:00+09:00', '今日まで'],
    ['2026-12-25T14:59:59Z', '今日まで'],
    ['2026-12-25T15:00:00Z', '1 日超過'],
    ['2027-01-04T12:00:00+09:00', '10 日超過'],
    ['2026-11-25T12:00:00+09:00', 'あと 30 日'],
  ])('due 2026-12-25, now %s → %s', (now, expected) => {
    expect(daysLeft('2026-12-25', now)).toBe(expected);
  });

  it('counts in JST in another zone too', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(daysLeft('2026-12-25', new Date('2026-12-24T16:00:00Z'))).toBe('今日まで');
  });
});

describe('helpers', () => {
  it('addDays and formatJaDate', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(formatJaDate('2026-12-25')).toBe('2026年12月25日（金）');
  });
});
