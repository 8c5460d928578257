import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createIncident, listTimeline } from '../../storage';
import { loadReporting } from '../../storage/reporting-repo';
import { useFreshDB } from '../../storage/test-db';
import { setLanguage } from '../../i18n/active';
import ReportingPage from './ReportingPage';

vi.mock('../../content/load', () => ({ loadPlaybook: () => Promise.resolve({ groups: [] }) }));

useFreshDB();
afterEach(async () => {
  vi.useRealTimers();
  await setLanguage('ja');
});

const PPC = 'Personal Information Protection Commission (個人情報保護委員会)';

/** Text without its parenthesized parts (the Japanese terms kept beside the English). */
const withoutAsides = (text: string) => {
  let out = text;
  for (let before = ''; before !== out;) [before, out] = [out, out.replace(/\([^()]*\)/g, '')];
  return out;
};
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe('報告・届出 in English', () => {
  it('a ransomware case: what must be reported, by when, with the Japanese terms', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-26T09:00:00+09:00'), toFake: ['Date'] });
    await setLanguage('en');
    const { incident } = await createIncident({
      title: 'Ransomware on the file server',
      types: ['ransomware'],
      causes: [],
      discoveredAt: '2026-11-25T10:00:00+09:00',
      log: 'Started',
      by: 'Yamada',
    });
    render(<ReportingPage id={incident.id} />);
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Reports and notifications (報告・届出)',
      }),
    ).toBeTruthy();
    // Virus infection and the ransom demand come from the incident type (their group is folded).
    const causes = (await screen.findByText('Other causes')).closest('summary')!;
    expect(causes.textContent).toMatch(/✓ Answered \(2\)\s*Yes · Yes/);

    const answers: [string, RegExp, string][] = [
      ['personal', /include personal information/, 'Yes'],
      ['count', /How many people/, '101 to 1,000'],
      ['unauthorized-access', /unauthorized access/, 'No'],
      ['insider', /Is an insider suspected/, 'No'],
      ['other-unlawful', /anything else done with unlawful intent/, 'No'],
      ['sensitive', /special care-required/, 'No'],
      ['card', /credit card/, 'No'],
      ['financial', /financial loss/, 'No'],
      ['account', /account information/, 'No'],
      ['mynumber', /My Number/, 'No'],
      ['encrypted', /strong encryption/, 'No'],
      ['exposed', /anyone outside the company/, 'No'],
      ['recovered', /fully restored from a backup, and also .* \(data theft ruled out\)/, 'No'],
      ['exfiltration-ruled-out', /confirmed that no personal data was taken out/, 'No'],
      ['industry-law', /industry law/, 'No'],
      ['partners', /business partners or customers affected/, 'Yes'],
      ['wide', /impact wide and public/, 'No'],
    ];
    for (const [, question, choice] of answers) {
      // By its legend (a role query over the whole page is slow in jsdom), then by role.
      const group = screen.getByText(question, { selector: 'legend' }).closest('fieldset')!;
      await userEvent.click(within(group).getByRole('radio', { name: choice }));
    }
    await waitFor(async () =>
      expect(Object.keys((await loadReporting(incident.id)).answers)).toHaveLength(answers.length),
    );

    // The result first: the nearest deadline, in English, the date in Japan time.
    const result = screen.getByRole('region', { name: 'Result' });
    // (The rules' English loads lazily: wait for it once.)
    await waitFor(() =>
      expect(result.querySelector('.reporting-nearest')?.textContent).toBe(
        `Next deadline Report to the ${PPC} prompt report (速報) Fri 27 Nov 2026 1 day left Target`,
      ),
    );
    const owed = within(result).getByRole('heading', { name: /^Needed \(\d+\)$/ })
      .nextElementSibling as HTMLElement;
    const ppc = within(owed)
      .getByRole('link', {
        name: `Report to the ${PPC}: prompt report (速報) and final report (確報)`,
      })
      .closest('li')!;
    expect(ppc.textContent).toMatch(/prompt report \(速報\) by Fri 27 Nov 2026 \(1 day left\)/);
    expect(
      within(owed).getByRole('link', {
        name: 'Report to or consult the police (警察への届出・相談)',
      }),
    ).toBeTruthy();
    expect(within(owed).getByRole('link', { name: /^Report to IPA/ })).toBeTruthy();

    // The details: why, what rests on law and what on a guideline, and both dates.
    const card = screen.getByRole('article', {
      name: new RegExp(`^Report to the ${PPC.replace(/[()]/g, '\\$&')}`),
    });
    expect(
      within(card).getByText(/caused by an act that may have been done with unlawful intent/),
    ).toBeTruthy();
    const final = within(card).getByText('final report (確報)').closest('li')!;
    expect(final.textContent).toMatch(/by Sat 23 Jan 2027/);
    expect(final.textContent).toMatch(
      /Legal deadline: Within 30 days .*within 60 days if it may have been done with unlawful intent/,
    );
    const prompt = within(card).getByText('prompt report (速報)').closest('li')!;
    expect(prompt.textContent).toMatch(/Guideline target \(not a legal deadline\)/);
    expect(card.textContent).toMatch(
      /Act on the Protection of Personal Information \(個人情報保護法\)/,
    );
    // Sources are citations: kept as written, marked Japanese.
    expect(
      within(card)
        .getAllByText(/個人情報保護法施行規則第8条/)[0]!
        .getAttribute('lang'),
    ).toBe('ja');
    expect(
      within(card).getByRole('button', { name: 'Mark "prompt report (速報)" as done…' }),
    ).toBeTruthy();
    expect(
      within(card).getByRole('button', { name: 'Show the original Japanese (原文)' }),
    ).toBeTruthy();

    // Nothing Japanese-only is left in the headings and buttons (beyond the terms in brackets).
    const names = [...document.body.querySelectorAll('h1, h2, h3, h4, button, summary')]
      .map((e) => e.textContent ?? '')
      .filter((t) => JAPANESE.test(withoutAsides(t)));
    expect(names).toEqual([]);
  });

  it('a deadline marked done is logged in the timeline in English', async () => {
    await setLanguage('en');
    const { incident } = await createIncident({
      title: 'Lost USB stick',
      types: ['leak'],
      causes: ['loss'],
      log: 'Started',
      by: 'Yamada',
    });
    render(<ReportingPage id={incident.id} />);
    const card = await screen.findByRole('article', {
      name: /prompt report \(速報\) and final report \(確報\)/,
    });
    const user = userEvent.setup();
    await user.click(
      within(card).getByRole('button', { name: 'Mark "prompt report (速報)" as done…' }),
    );
    // The form has opened once it has moved the focus to its first field.
    const date = within(card).getByLabelText('Date done (prompt report (速報))');
    await waitFor(() => expect(document.activeElement).toBe(date));
    await user.type(within(card).getByLabelText('Memo (prompt report (速報))'), 'by phone');
    await user.click(
      within(card).getByRole('button', { name: 'Mark "prompt report (速報)" as done' }),
    );
    await waitFor(async () =>
      expect(
        (await listTimeline(incident.id))
          .filter((e) => e.kind === 'reporting-status')
          .map((e) => e.text),
      ).toEqual([
        expect.stringMatching(
          /^Report or notification “Report to the Personal Information Protection Commission \(個人情報保護委員会\): prompt report \(速報\) and final report \(確報\)”, prompt report \(速報\): marked as done \(\d{4}-\d{2}-\d{2}\)\. Memo: by phone$/,
        ),
      ]),
    );
  });
});
