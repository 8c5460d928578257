import { describe, expect, it } from 'vitest';
import type { DrillDebrief } from '../../storage';
import { compareRuns } from './debrief-data';

const run = (n: number, durations: Record<string, number>): DrillDebrief => ({
  incidentId: `i${n}`,
  scenarioId: 'lost-usb',
  startedAt: `2026-11-0${n}T01:00:00.000Z`,
  savedAt: `2026-11-0${n}T02:00:00.000Z`,
  durations,
  missed: [],
  answers: {},
});

describe('compareRuns', () => {
  it('says for each step whether the last run did better than the one before', () => {
    const rows = compareRuns([
      run(1, { management: 20, decision: 30, contain: 5 }),
      run(2, { management: 14, decision: 30, 'first-report': 40, recovered: 9 }),
      run(3, { management: 9, decision: 35, 'first-report': 40, contain: 4 }),
    ]);
    const by = Object.fromEntries(rows.map((r) => [r.step, r]));
    expect(by.management).toEqual({
      step: 'management',
      minutes: [20, 14, 9],
      trend: 'better',
      delta: 5,
    });
    expect(by.decision).toMatchObject({ trend: 'worse', delta: -5 });
    expect(by['first-report']).toMatchObject({ trend: 'same', delta: 0 });
    // Done now, not in the run before: better; done before, not now: worse.
    expect(by.contain).toMatchObject({ minutes: [5, undefined, 4], trend: 'better' });
    expect(by.recovered).toMatchObject({ minutes: [undefined, 9, undefined], trend: 'worse' });
  });

  it('has no trend for a first run, and leaves out steps no run measured', () => {
    const rows = compareRuns([run(1, { management: 20 })]);
    expect(rows).toEqual([{ step: 'management', minutes: [20], trend: 'unknown', delta: 0 }]);
  });
});
