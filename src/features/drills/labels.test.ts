import { describe, expect, it } from 'vitest';
import { drills } from '../../i18n/ja/drills';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';
import { drillsRun } from '../../i18n/ja/drills-run';
import { STEP_IDS, STEP_LABELS, minutesLabel } from '../../lib/durations';
import { ANSWERS, ANSWER_LABELS } from '../reporting/questions';
import { CHANNELS } from './scenario-model';

describe("the drills' Japanese labels", () => {
  it('name the measured steps and minutes as the exports do (src/lib/durations.ts)', () => {
    for (const s of STEP_IDS) expect(drills.ja.steps[s]).toBe(STEP_LABELS[s]);
    for (const m of [0, 7, 60, 95, 125]) expect(drills.ja.minutes(m)).toBe(minutesLabel(m));
  });

  it('name the answers as the reporting questions do, and every channel', () => {
    for (const a of ANSWERS) expect(drillsDebrief.ja.answers[a]).toBe(ANSWER_LABELS[a]);
    expect(Object.keys(drillsRun.ja.channels).sort()).toEqual([...CHANNELS].sort());
  });
});
