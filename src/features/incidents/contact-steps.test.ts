import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../content/checklist';
import { callOrder } from './contact-steps';

const checklistOf = (...ids: string[]) =>
  [
    {
      phase: 'detect',
      title: '検知・初動対応',
      sections: [
        {
          kind: 'intake',
          title: '',
          sectionIds: [],
          refs: [],
          items: ids.map((id) => ({ id, text: id, playbookId: 'basic', playbookShortTitle: '' })),
        },
      ],
    },
  ] as unknown as Checklist;

const INSIDE = ['executive', 'security-officer', 'staff', 'sysadmin'];

describe('whom to call, in the order it matters for the case', () => {
  it('puts the people inside first, in a fixed order, whatever the checklist says', () => {
    const order = callOrder(
      checklistOf(
        'basic-contain',
        'basic-report-to-security-officer',
        'basic-report-to-management',
      ),
    );
    expect(order.slice(0, 4)).toEqual(INSIDE);
  });

  it('then the outside contacts in the order the checklist names them, then the rest', () => {
    const order = callOrder(
      checklistOf('outage-keep-running', 'basic-report-to-affected', 'basic-ask-for-support'),
    );
    expect(order).toEqual([
      ...INSIDE,
      'vendor',
      'cloud',
      'partner',
      'insurance',
      'otasuke',
      'lawyer',
      'card',
      'police',
    ]);
  });

  it('lists every role once, also without a checklist', () => {
    const order = callOrder(null);
    expect(order).toHaveLength(12);
    expect(new Set(order).size).toBe(12);
    expect(order.slice(0, 5)).toEqual([...INSIDE, 'vendor']);
  });
});
