// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from '../../content/read-dir';
import { toContent } from '../../content/assemble';
import { checklistFor } from '../../content/checklist';
import type { IncidentSnapshot, ProgressEntry, TimelineEntry } from '../../storage/schema';
import { durationsOf, minutesLabel } from './durations';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const files = toContent(readPlaybooksDir(join(root, 'playbooks'), root).map((f) => f.data)).files;
const checklist = checklistFor(files, ['ransomware']);

const T0 = Date.parse('2026-11-30T00:00:00Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();
const done = (itemId: string, min: number, state: ProgressEntry['state'] = 'done') =>
  ({
    incidentId: 'i',
    itemId,
    state,
    by: '山田',
    at: at(min),
    note: '',
    updatedAt: at(min),
  }) as ProgressEntry;
const entry = (kind: TimelineEntry['kind'], min: number) =>
  ({
    id: `t${min}`,
    incidentId: 'i',
    at: at(min),
    createdAt: at(min),
    kind,
    text: '',
    by: '山田',
  }) as TimelineEntry;

/** A ransomware drill: 切り離し at 7, 経営者 at 12, decision at 20, 第一報 at 31, 復旧 at 95. */
const fixture: Pick<IncidentSnapshot, 'incident' | 'progress' | 'reporting' | 'timeline'> = {
  incident: {
    id: 'i',
    title: '訓練',
    types: ['ransomware'],
    causes: [],
    status: 'open',
    discoveredAt: at(0),
    createdAt: at(0),
    updatedAt: at(95),
    deletedAt: null,
    drill: 'ransomware-monday',
  },
  progress: [
    done('basic-report-to-security-officer', 2),
    done('ransomware-isolate', 9),
    done('basic-contain', 7),
    done('basic-report-to-management', 12),
    done('basic-publish', 45, 'not-applicable'),
    done('ransomware-verify-restore', 95),
  ],
  reporting: [
    { incidentId: 'i', key: 'q:personal', value: 'yes', updatedAt: at(15) },
    { incidentId: 'i', key: 'd:rep-ipa', value: '', status: 'done', updatedAt: at(31) },
  ],
  timeline: [entry('created', 0), entry('item', 7), entry('reporting', 20), entry('reporting', 31)],
};

describe('durationsOf', () => {
  it('gives the minutes from 発覚 to the first of each step', () => {
    expect(durationsOf(fixture, checklist)).toEqual({
      contain: 7,
      management: 12,
      decision: 20,
      'first-report': 31,
      recovered: 95,
    });
  });

  it('leaves out steps not done yet (not-applicable is not done)', () => {
    const early = {
      ...fixture,
      progress: fixture.progress.slice(0, 2),
      reporting: [],
      timeline: [],
    };
    expect(durationsOf(early, checklist)).toEqual({ contain: 9 });
  });

  it('does not take a destination status change for the reporting decision', () => {
    // Written before v3: kind 'reporting' with the frozen status prefix; since v3: 'reporting-status'.
    const legacyStatus = {
      ...entry('reporting', 5),
      text: '報告・届出「IPA」を報告済みにしました',
    };
    const status = entry('reporting-status', 6);
    const later = { ...fixture, timeline: [legacyStatus, status, ...fixture.timeline] };
    expect(durationsOf(later, checklist).decision).toBe(20);
  });

  it('labels minutes and hours', () => {
    expect(minutesLabel(7)).toBe('7分');
    expect(minutesLabel(60)).toBe('1時間');
    expect(minutesLabel(95)).toBe('1時間35分');
  });
});
