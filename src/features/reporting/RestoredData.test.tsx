import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { setLanguage } from '../../i18n/active';
import ReportingPage from './ReportingPage';
import { Questionnaire } from './Questionnaire';
import { writeAnswers } from './test-answers';
import { ALL_NO } from './test-answer-sets';
import { without } from './test-obligations';

vi.mock('../../content/load', () => ({ loadPlaybook: () => Promise.resolve({ groups: [] }) }));

useFreshDB();
afterEach(() => setLanguage('ja'));

const PPC = '個人情報保護委員会への報告（速報・確報）';
const STOLEN = /外部に盗み出されていないと確かめられましたか/;

async function incidentWith(types: string[], causes: string[], answers: Record<string, string>) {
  const { incident } = await createIncident({
    title: '事案',
    types,
    causes,
    discoveredAt: new Date().toISOString(),
    log: '記録を開始',
    by: '山田',
  });
  await writeAnswers(incident.id, answers);
  return incident;
}

/** The 「今回は不要と判断したもの」 list of the detailed result. */
const notNeeded = () =>
  screen.getByRole('heading', { name: /今回は不要と判断したもの/ })
    .nextElementSibling as HTMLElement;

describe('data restored from a backup (通則編 3-5-1-4)', () => {
  it('ransomware: restoring clears the PPC report only once data theft is ruled out', async () => {
    // ウイルス感染・脅迫 come from the incident type.
    const rest = without(ALL_NO, 'malware', 'extortion', 'exfiltration-ruled-out');
    const i = await incidentWith(['ransomware'], [], {
      ...rest,
      personal: 'yes',
      recovered: 'yes',
    });
    render(<ReportingPage id={i.id} />);
    const recovered = await screen.findByRole('group', { name: /バックアップから元どおりに/ });
    expect(recovered.querySelector('legend')?.textContent).toMatch(
      /かつ、盗み出されたおそれもないと確かめられ/,
    );
    // Restored, but whether data was taken out is not known yet: still owed (第3号).
    expect(screen.getByRole('article', { name: new RegExp(PPC) })).toBeTruthy();
    expect(within(notNeeded()).queryByText(new RegExp(PPC))).toBeNull();

    const stolen = screen.getByRole('group', { name: STOLEN });
    await userEvent.click(within(stolen).getByRole('radio', { name: 'はい' }));
    await waitFor(() => expect(within(notNeeded()).getByText(new RegExp(PPC))).toBeTruthy());
    expect(notNeeded().textContent).toMatch(/漏えい等に当たりません/);
  });

  it('asks about stolen data only while an unlawful act may be involved', async () => {
    const rest = without(ALL_NO, 'exfiltration-ruled-out');
    const i = await incidentWith(['leak'], ['misdelivery'], { ...rest, personal: 'yes' });
    render(<ReportingPage id={i.id} />);
    await screen.findByRole('group', { name: /バックアップから元どおりに/ });
    expect(screen.queryByRole('group', { name: STOLEN })).toBeNull();
    const access = screen.getByRole('group', { name: /不正アクセスの疑い/ });
    await userEvent.click(within(access).getByRole('radio', { name: 'わからない' }));
    expect(await screen.findByRole('group', { name: STOLEN })).toBeTruthy();
  });

  it('in やさしい日本語 the 回収 question also asks that data theft was ruled out', async () => {
    await setLanguage('ja-easy');
    render(<Questionnaire answers={{}} onAnswer={() => {}} />);
    expect(
      await screen.findByText(/バックアップで元どおりに.*ぬすみ出されたおそれもないと/, {
        selector: 'legend',
      }),
    ).toBeTruthy();
  });
});
