import { describe, expect, it } from 'vitest';
import { timelineKind } from './timeline-kind';

describe('timelineKind', () => {
  it('reads a status change written before v3 (kind reporting, frozen prefix) as reporting-status', () => {
    const legacy = { kind: 'reporting' as const, text: '報告・届出「IPA」を対応済みにしました' };
    expect(timelineKind(legacy)).toBe('reporting-status');
    expect(timelineKind({ kind: 'reporting', text: '報告の要否: 報告する' })).toBe('reporting');
    expect(timelineKind({ kind: 'reporting-status', text: '何でも' })).toBe('reporting-status');
    // Only the reporting kind is read through its text.
    expect(timelineKind({ kind: 'note', text: '報告・届出「IPA」について相談' })).toBe('note');
  });
});
