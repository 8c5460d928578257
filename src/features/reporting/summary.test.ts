// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { evaluate } from './engine';
import { countDueSoon, decisionText, nearestDeadline } from './summary';
import { deadlinesToIcs, escapeIcsText, foldLine, reminderTimes } from './ics';
import { updateAppBadge } from './reminders';
import { useStore } from '../../app/store';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { USB_LOST, writeAnswers } from './test-answers';

const AT = '2026-11-25T10:00:00+09:00';

describe('nearestDeadline and countDueSoon', () => {
  const os = evaluate(USB_LOST, AT, ['leak'], ['loss']);

  it('picks the earliest open dated deadline', () => {
    const n = nearestDeadline(os, {}, '2026-11-26T09:00:00+09:00');
    expect(n).toMatchObject({ destinationId: 'rep-ppc', due: '2026-11-27', daysLeft: 1 });
    expect(n?.deadline.basis).toBe('guideline');
  });

  it('treats an old destination-wide 対応済み row as every deadline done', () => {
    expect(nearestDeadline(os, { 'rep-ppc': { status: 'done' } }, AT)).toBeNull();
  });

  it('keeps the legal 確報 deadline open when only the 速報 is done', () => {
    const statuses = { 'rep-ppc:rep-ppc-prompt': { status: 'done' as const } };
    const n = nearestDeadline(os, statuses, '2026-12-01T09:00:00+09:00');
    expect(n).toMatchObject({ destinationId: 'rep-ppc', due: '2026-12-24' });
    expect(n?.deadline.label).toBe('確報');
    expect(n?.deadline.basis).toBe('law');
    expect(countDueSoon(os, statuses, '2026-12-26T09:00:00+09:00')).toEqual({
      overdue: 1,
      soon: 0,
    });
    // A per-deadline row wins over the destination-wide one.
    const reopened = {
      'rep-ppc': { status: 'done' as const },
      ...{ 'rep-ppc:rep-ppc-final': { status: 'todo' as const } },
    };
    expect(nearestDeadline(os, reopened, AT)?.deadline.label).toBe('確報');
  });

  it('counts overdue and due-soon deadlines', () => {
    expect(countDueSoon(os, {}, '2026-11-26T09:00:00+09:00')).toEqual({ overdue: 0, soon: 1 });
    // The 速報 is a guideline target: past its date it is still due soon, never overdue.
    expect(countDueSoon(os, {}, '2026-12-23T09:00:00+09:00')).toEqual({ overdue: 0, soon: 2 });
    // Only the legal 確報 becomes overdue, and it comes first.
    expect(countDueSoon(os, {}, '2026-12-26T09:00:00+09:00')).toEqual({ overdue: 1, soon: 1 });
    expect(nearestDeadline(os, {}, '2026-12-26T09:00:00+09:00')?.deadline.label).toBe('確報');
  });

  it('writes the decision with legal deadline vs guideline target in words', () => {
    const text = decisionText(os);
    expect(text).toMatch(
      /必要：個人情報保護委員会への報告（速報・確報）：速報 2026年11月27日（金）まで（ガイドラインの目安（法令上の期限ではありません））、確報 2026年12月24日（木）まで（法令上の期限）/,
    );
    expect(text).toMatch(/報告不要：警察への届出・相談：/);
    // Actions that are not reports are 「今回は不要」, never 「報告不要」.
    expect(text).toMatch(/今回は不要：カード会社への連絡：/);
    expect(text).not.toMatch(/報告不要：(カード会社|アカウント停止|本人への通知)/);
  });
});

describe('ics export', () => {
  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'期限'.repeat(40)}`);
    for (const line of folded.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'期限'.repeat(40)}`);
  });

  it('has one all-day event per open dated deadline, with a reminder the day before', () => {
    const os = evaluate(USB_LOST, AT, ['leak'], ['loss']);
    const ics = deadlinesToIcs({
      incidentId: 'i1',
      incidentTitle: 'USB',
      obligations: os,
      statuses: {},
      stamp: '20261125T010000Z',
    });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261225');
    // 9:00 JST the day before and on the day (00:00 UTC), as absolute times.
    expect(ics).toContain('TRIGGER;VALUE=DATE-TIME:20261223T000000Z');
    expect(ics).toContain('TRIGGER;VALUE=DATE-TIME:20261224T000000Z');
    expect(ics).not.toMatch(/TRIGGER:-P/);
    // The 速報 is due 2026-11-27: at 10:00 JST on the 26th only the on-the-day reminder is ahead.
    expect(reminderTimes('2026-11-27', '20261126T010000Z')).toEqual(['20261127T000000Z']);
    expect(reminderTimes('2026-11-27', '20261126T000000Z')).toEqual(['20261127T000000Z']);
    expect(reminderTimes('2026-11-27', '20261125T235959Z')).toEqual([
      '20261126T000000Z',
      '20261127T000000Z',
    ]);
    expect(reminderTimes('2026-11-27', '20261127T000001Z')).toEqual([]);
    const late = deadlinesToIcs({
      incidentId: 'i1',
      incidentTitle: 'USB',
      obligations: os,
      statuses: {},
      stamp: '20261127T030000Z',
    });
    // Nothing rings in the past: the 速報's day is over at noon JST, only 確報 alarms remain.
    expect(late.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(late).not.toMatch(/TRIGGER;VALUE=DATE-TIME:2026112[67]/);
    const none = deadlinesToIcs({
      incidentId: 'i1',
      incidentTitle: 'USB',
      obligations: os,
      statuses: { 'rep-ppc': { status: 'done' } },
      stamp: '20261125T010000Z',
    });
    expect(none).not.toContain('BEGIN:VEVENT');
    const finalOnly = deadlinesToIcs({
      incidentId: 'i1',
      incidentTitle: 'USB',
      obligations: os,
      statuses: { 'rep-ppc:rep-ppc-prompt': { status: 'done' } },
      stamp: '20261125T010000Z',
    });
    expect(finalOnly.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(finalOnly).toContain('DTSTART;VALUE=DATE:20261224');
  });

  it('keeps no control or bidi-override character of the title, and keeps line breaks', () => {
    const ics = deadlinesToIcs({
      incidentId: 'i1',
      incidentTitle: 'U\u0000S\u202eB\u2066紛失\u2069\u0007',
      obligations: evaluate(USB_LOST, AT, ['leak'], ['loss']),
      statuses: {},
      stamp: '20261125T010000Z',
    });
    expect(ics).toContain('（USB紛失）');
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect(ics).toContain('\r\nEND:VCALENDAR\r\n');
  });
});

describe('app start reminders', () => {
  useFreshDB();

  it('sets the badge to the due-soon + overdue count, and clears it at 0', async () => {
    const setAppBadge = vi.fn(() => Promise.resolve());
    const clearAppBadge = vi.fn(() => Promise.resolve());
    expect(await updateAppBadge(3, { setAppBadge, clearAppBadge })).toBe(true);
    expect(setAppBadge).toHaveBeenCalledWith(3);
    expect(await updateAppBadge(0, { setAppBadge, clearAppBadge })).toBe(true);
    expect(clearAppBadge).toHaveBeenCalled();
    expect(await updateAppBadge(2, {})).toBe(false);
    expect(
      await updateAppBadge(2, { setAppBadge: () => Promise.reject(new Error('denied')) }),
    ).toBe(false);
  });

  it('counts across open incidents', async () => {
    const { incident } = await createIncident({
      title: 'USB',
      types: ['leak'],
      causes: ['loss'],
      discoveredAt: AT,
      log: '開始',
      by: '山田',
    });
    await writeAnswers(incident.id, USB_LOST);
    const check = await useStore.getState().checkDeadlines(new Date('2026-11-26T00:00:00Z'));
    expect(check).toMatchObject({ overdue: 0, soon: 1, unchecked: 0 });
    expect(check.items[0]).toMatchObject({ incidentId: incident.id, title: 'USB' });
  });

  it('counts an incident with the questionnaire not started as unchecked, not overdue', async () => {
    await createIncident({
      title: 'システム停止',
      types: ['outage'],
      causes: [],
      discoveredAt: AT,
      log: '開始',
      by: '山田',
    });
    const setAppBadge = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { setAppBadge });
    try {
      const check = await useStore.getState().checkDeadlines(new Date('2026-12-10T00:00:00Z'));
      expect(check).toMatchObject({ overdue: 0, soon: 0, unchecked: 1 });
      expect(check.items[0]).toMatchObject({ title: 'システム停止', unchecked: true });
      expect(setAppBadge).toHaveBeenCalledWith(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
