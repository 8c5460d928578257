// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  formatElapsed,
  formatJst,
  formatJstSeconds,
  fromLocalInput,
  isFuture,
  jstDate,
  sinceLabel,
  toLocalInput,
} from './jst';

describe('isFuture', () => {
  const now = Date.parse('2026-12-06T10:00:30.000Z');
  it('a time later than the minute now is in the future; now and before are not', () => {
    expect(isFuture('2027-12-06T10:00:00.000Z', now)).toBe(true);
    expect(isFuture('2026-12-06T10:02:00.000Z', now)).toBe(true);
    // The minute entered may be this minute, or the next one already shown by a fast clock.
    expect(isFuture('2026-12-06T10:01:00.000Z', now)).toBe(false);
    expect(isFuture('2026-12-06T10:00:00.000Z', now)).toBe(false);
    expect(isFuture('2025-12-06T10:00:00.000Z', now)).toBe(false);
    expect(isFuture('not a time', now)).toBe(false);
  });
});

describe('JST times', () => {
  it('shows and edits UTC instants in JST', () => {
    expect(formatJst('2026-11-20T00:30:00.000Z')).toBe('2026/11/20(金) 09:30');
    expect(formatJstSeconds('2026-11-20T00:30:09.000Z')).toBe('2026/11/20 09:30:09');
    expect(formatJst('まだ')).toBe('まだ');
    expect(toLocalInput('2026-11-20T15:30:00.000Z')).toBe('2026-11-21T00:30');
    expect(fromLocalInput('2026-11-21T00:30')).toBe('2026-11-20T15:30:00.000Z');
    expect(fromLocalInput('')).toBeNull();
  });
  it('gives the JST calendar date across midnight, for strings and dates', () => {
    expect(jstDate('2026-11-25T14:59:59Z')).toBe('2026-11-25');
    expect(jstDate(new Date('2026-11-25T15:00:00Z'))).toBe('2026-11-26');
    expect(jstDate('not a date')).toBe('');
  });
  it('says how long ago, coarsely for lists and finer for documents', () => {
    const t = Date.parse('2026-11-20T00:00:00Z');
    expect(sinceLabel('2026-11-20T00:00:00Z', t + 30_000)).toBe('1分未満');
    expect(sinceLabel('2026-11-20T00:00:00Z', t + 3 * 3_600_000 + 5)).toBe('3時間');
    expect(sinceLabel('2026-11-20T00:00:00Z', t + 3 * 86_400_000)).toBe('3日');
    expect(formatElapsed('2026-11-20T00:00:00Z', '2026-11-22T03:10:00Z')).toBe('2日3時間');
    expect(formatElapsed('2026-11-20T00:00:00Z', '2026-11-20T00:45:00Z')).toBe('45分');
    expect(formatElapsed(null, '2026-11-20T00:45:00Z')).toBe('');
  });
});
