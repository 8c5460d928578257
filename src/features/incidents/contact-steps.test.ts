import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../content/checklist';
import { rolesToCall } from './contact-steps';

const item = (id: string) => ({
  id,
  text: id,
  playbookId: 'basic',
  playbookShortTitle: '基本ステップ',
});
const checklist = [
  {
    phase: 'detect',
    title: '検知・初動対応',
    sections: [
      {
        kind: 'intake',
        title: '',
        sectionIds: [],
        refs: [],
        items: [
          item('basic-report-to-security-officer'),
          item('basic-report-to-management'),
          item('basic-contain'),
          item('basic-ask-for-support'),
        ],
      },
    ],
  },
] as unknown as Checklist;

describe('whom to call now', () => {
  it('starts with the 責任者 and the 経営者 and adds others as the checklist reaches them', () => {
    expect(rolesToCall(checklist, {})).toEqual(['security-officer', 'executive']);
    const done = { state: 'done' as const };
    expect(
      rolesToCall(checklist, {
        'basic-report-to-security-officer': done,
        'basic-report-to-management': done,
      }),
    ).toEqual(['security-officer', 'executive', 'sysadmin']);
    expect(
      rolesToCall(checklist, {
        'basic-report-to-security-officer': done,
        'basic-report-to-management': done,
        'basic-contain': { state: 'not-applicable' },
      }),
    ).toEqual([
      'security-officer',
      'executive',
      'sysadmin',
      'vendor',
      'cloud',
      'insurance',
      'otasuke',
    ]);
  });
});
