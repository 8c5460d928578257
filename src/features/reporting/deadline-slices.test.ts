// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../storage';
import type { ReportingRecord } from '../../storage/reporting-repo';
import { deadlineCheckInSlices } from './deadline-slices';
import { deadlineCheckOf } from './reminders';

const incident = (i: number, discoveredAt: string): Incident => ({
  id: `i${i}`,
  title: `件${i}`,
  types: i % 2 ? ['leak'] : ['outage'],
  causes: i % 2 ? ['loss'] : [],
  status: 'open',
  discoveredAt,
  createdAt: discoveredAt,
  updatedAt: discoveredAt,
  deletedAt: null,
});

describe('deadlineCheckInSlices', () => {
  it('gives the same result as one pass, over many slices', async () => {
    const rows = Array.from({ length: 350 }, (_, i) => ({
      incident: incident(i, new Date(Date.UTC(2026, 10, 1 + (i % 20), 1)).toISOString()),
      record: {
        answers: i % 3 ? { personal: 'yes', count: 'over-1000', encrypted: 'no' } : {},
        statuses: {},
      } as ReportingRecord,
    }));
    const now = new Date('2026-11-26T00:00:00Z');
    const sliced = await deadlineCheckInSlices(rows, now);
    const whole = deadlineCheckOf(rows, now);
    expect(sliced.items.length).toBeGreaterThan(100);
    expect(sliced).toEqual(whole);
  });
});

describe('deadlineCheckOf and drills', () => {
  it('leaves a drill (訓練) out of the deadlines, hence out of the badge and the reminders', () => {
    const record = {
      answers: { personal: 'yes', count: 'over-1000', encrypted: 'no' },
      statuses: {},
    } as ReportingRecord;
    const now = new Date('2026-11-26T00:00:00Z');
    const real = incident(1, '2026-11-20T01:00:00Z');
    const drill = { ...incident(2, '2026-11-20T01:00:00Z'), drill: 'lost-usb' };
    const both = deadlineCheckOf(
      [
        { incident: real, record },
        { incident: drill, record },
      ],
      now,
    );
    expect(both.items.map((i) => i.incidentId)).toEqual(['i1']);
    const onlyDrill = deadlineCheckOf([{ incident: drill, record }], now);
    expect(onlyDrill).toEqual({ overdue: 0, soon: 0, unchecked: 0, items: [] });
    expect(deadlineCheckOf([{ incident: real, record }], now).soon).toBeGreaterThan(0);
  });
});
