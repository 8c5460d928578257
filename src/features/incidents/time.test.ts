// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatJst, fromLocalInput, sinceLabel, toLocalInput } from './time';

describe('JST times', () => {
  it('shows and edits UTC instants in JST', () => {
    expect(formatJst('2026-11-20T00:30:00.000Z')).toBe('2026/11/20 09:30');
    expect(toLocalInput('2026-11-20T15:30:00.000Z')).toBe('2026-11-21T00:30');
    expect(fromLocalInput('2026-11-21T00:30')).toBe('2026-11-20T15:30:00.000Z');
    expect(fromLocalInput('')).toBeNull();
  });
  it('says how long ago, coarsely', () => {
    const t = Date.parse('2026-11-20T00:00:00Z');
    expect(sinceLabel('2026-11-20T00:00:00Z', t + 30_000)).toBe('1分未満');
    expect(sinceLabel('2026-11-20T00:00:00Z', t + 3 * 3_600_000 + 5)).toBe('3時間');
    expect(sinceLabel('2026-11-20T00:00:00Z', t + 3 * 86_400_000)).toBe('3日');
  });
});
