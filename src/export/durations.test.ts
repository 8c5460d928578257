import { describe, expect, it } from 'vitest';
import { buildExport } from './build';
import { NOW, content, fullSnapshot } from './test-fixtures';

// 発覚 00:30; 情報セキュリティ責任者 ticked at 00:40 (a first-response item here).
const withSteps = {
  ...content,
  stepsOfItem: { 'report-to-officer': ['contain'], isolate: ['contain'] },
} as const;
const closed = {
  ...fullSnapshot,
  incident: { ...fullSnapshot.incident, status: 'closed' },
} as const;

describe('durations in the exports', () => {
  it('are in the summaries and the 最終報 once a step is measured', () => {
    const line = '発覚からの対応時間: 最初の初動対応：10分';
    expect(buildExport('summary-full', fullSnapshot, withSteps, NOW).text).toContain(line);
    expect(buildExport('summary-short', fullSnapshot, withSteps, NOW).text).toContain(line);
    expect(buildExport('markdown', fullSnapshot, withSteps, NOW).text).toContain(
      '- **発覚からの対応時間**: 最初の初動対応：10分',
    );
    const final = buildExport('later-report', closed, withSteps, NOW).text;
    expect(final).toMatch(/^件名: 【最終報】/);
    expect(final).toContain(line);
  });

  it('count a drill in drill time, and say nothing without the checklist steps', () => {
    const start = Date.parse(fullSnapshot.incident.discoveredAt);
    const drill = { ...fullSnapshot, incident: { ...fullSnapshot.incident, drill: 'lost-usb' } };
    const text = buildExport(
      'summary-full',
      drill,
      { ...withSteps, drillClock: [{ at: start, drill: 0, rate: 10 }] },
      NOW,
    ).text;
    // Ten real minutes at ×10: one hour and forty minutes of drill.
    expect(text).toContain('発覚からの対応時間: 最初の初動対応：1時間40分');
    expect(buildExport('summary-full', fullSnapshot, content, NOW).text).not.toContain(
      '発覚からの対応時間',
    );
  });
});
