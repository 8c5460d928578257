import { beforeEach, describe, expect, it } from 'vitest';
import { content } from '../../export/test-fixtures';
import { saveClock, startClock } from '../drills/clock';
import { loadGuideContent } from './export-content';
import { withDrillClock } from './share-data';

beforeEach(() => localStorage.clear());

describe('what the exports need for durations', () => {
  it('knows which checklist items mark each measured step', async () => {
    const { stepsOfItem } = await loadGuideContent(['ransomware'], []);
    expect(stepsOfItem?.['ransomware-isolate']).toEqual(['contain']);
    expect(stepsOfItem?.['basic-report-to-management']).toEqual(['management']);
  });

  it('carries a drill clock, and nothing for an incident without one', () => {
    expect(withDrillClock(content, 'real')).toBe(content);
    saveClock('drill', startClock(5, 1_000));
    expect(withDrillClock(content, 'drill').drillClock).toEqual([{ at: 1_000, drill: 0, rate: 5 }]);
  });
});
