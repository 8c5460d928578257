// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { deadlinesToIcs } from './ics';
import { USB_LOST } from './test-answers';
import { loadRenderings, rendered } from '../../content/rendered';
import en from '../../i18n/en/reporting';
import enDeadlines from '../../i18n/en/reporting-deadlines';

/** The calendar text with its folded lines joined and TEXT escapes undone. */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').replace(/\\([,;\\])/g, '$1');

describe('the calendar file in the language on screen', () => {
  const os = evaluate(USB_LOST, '2026-11-25T10:00:00+09:00', ['leak'], ['loss']);
  const input = { incidentId: 'i1', incidentTitle: 'USB', obligations: os, statuses: {} };

  it('is Japanese by default', () => {
    const ics = unfolded(deadlinesToIcs({ ...input, stamp: '20261125T010000Z' }));
    expect(ics).toContain('SUMMARY:【期限】個人情報保護委員会への報告（速報・確報） 確報（USB）');
    expect(ics).toContain('DESCRIPTION:法令上の期限。知った日から30日以内');
  });

  it('in English keeps the Japanese terms beside the English, and the source as written', async () => {
    const table = await loadRenderings('en')!;
    const words = { m: en, d: enDeadlines, tr: (ja: string) => rendered(ja, table) };
    const ics = unfolded(deadlinesToIcs({ ...input, stamp: '20261125T010000Z', words }));
    expect(ics).toContain(
      'SUMMARY:[Deadline] Report to the Personal Information Protection Commission (個人情報保護委員会): prompt report (速報) and final report (確報) final report (確報) (USB)',
    );
    expect(ics).toContain('DESCRIPTION:Legal deadline. Within 30 days from the day you learned');
    expect(ics).toContain('Source (Japanese): 個人情報保護法施行規則第8条第2項');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261224');
  });
});
