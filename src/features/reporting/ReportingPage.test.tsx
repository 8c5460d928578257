import { describe, expect, it, vi } from 'vitest';
import { wholeText } from '../../ui/whole-text';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createIncident, listTimeline } from '../../storage';
import { loadReporting } from '../../storage/reporting-repo';
import { useFreshDB } from '../../storage/test-db';
import ReportingPage from './ReportingPage';
import { Questionnaire } from './Questionnaire';

vi.mock('../../content/load', () => ({
  loadPlaybook: () =>
    Promise.resolve({
      groups: [
        {
          contacts: [
            {
              id: 'ppc-personal-info-leak',
              org: '個人情報保護委員会',
              service: '個人情報の漏えい等',
              url: 'https://www.ppc.go.jp/personalinfo/legal/leakAction/',
            },
          ],
        },
      ],
    }),
}));

useFreshDB();

async function incident() {
  const { incident } = await createIncident({
    title: 'USBメモリの紛失',
    types: ['leak'],
    causes: ['loss'],
    discoveredAt: new Date().toISOString(),
    log: '記録を開始',
    by: '山田',
  });
  return incident;
}

/** A ransomware incident: its type answers ウイルス「はい」, nothing else is answered. */
async function ransomware() {
  const { incident } = await createIncident({
    title: 'ランサムウェア',
    types: ['ransomware'],
    causes: [],
    discoveredAt: new Date().toISOString(),
    log: '記録を開始',
    by: '山田',
  });
  return incident;
}

describe('Questionnaire', () => {
  it('offers はい / いいえ / わからない in a named group and reports the choice', async () => {
    const onAnswer = vi.fn();
    render(<Questionnaire answers={{}} onAnswer={onAnswer} />);
    const group = screen.getByRole('group', { name: /個人情報は含まれますか/ });
    for (const name of ['はい', 'いいえ', 'わからない'])
      expect(within(group).getByRole('radio', { name })).toBeTruthy();
    await userEvent.click(within(group).getByRole('radio', { name: 'わからない' }));
    expect(onAnswer).toHaveBeenCalledWith('personal', 'unknown');
  });

  it('hides the personal-data questions when there is no personal data', () => {
    render(<Questionnaire answers={{ personal: 'no' }} onAnswer={() => {}} />);
    expect(screen.queryByRole('group', { name: /何人分/ })).toBeNull();
    expect(screen.getByRole('group', { name: /ウイルス/ })).toBeTruthy();
  });
});

describe('Questionnaire folding', () => {
  it('folds a group once its last question is answered, keeping focus on its summary', async () => {
    const onAnswer = vi.fn();
    const answers = { 'industry-law': 'no', partners: 'no' } as const;
    const { container } = render(<Questionnaire answers={answers} onAnswer={onAnswer} />);
    const group = [...container.querySelectorAll('details.reporting-group')].find((d) =>
      d.textContent?.includes('影響と報告義務'),
    ) as HTMLDetailsElement;
    expect(group.open).toBe(true);
    const wide = within(group).getByRole('group', { name: /影響が広く一般に及ぶ/ });
    await userEvent.click(within(wide).getByRole('radio', { name: 'はい' }));
    expect(onAnswer).toHaveBeenCalledWith('wide', 'yes');
    expect(group.open).toBe(false);
    expect(document.activeElement).toBe(group.querySelector('summary'));
    // Opening it again shows the questions; nothing was lost.
    await userEvent.click(group.querySelector('summary')!);
    expect(group.open).toBe(true);
  });
});

describe('ReportingPage', () => {
  it('pre-fills what the incident type implies, marked 「種類から入力」 and editable', async () => {
    const r = await ransomware();
    render(<ReportingPage id={r.id} />);
    const malware = await screen.findByRole('group', { name: /ウイルス/ });
    expect(within(malware).getByText('種類から入力')).toBeTruthy();
    expect((within(malware).getByRole('radio', { name: 'はい' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(within(malware).queryByText(/「わからない」として扱っています/)).toBeNull();
    const personal = screen.getByRole('group', { name: /個人情報は含まれますか/ });
    expect(within(personal).getByText(/「わからない」として扱っています/)).toBeTruthy();
    // A choice the person makes is stored and wins over the 分類.
    await userEvent.click(within(malware).getByRole('radio', { name: 'いいえ' }));
    await waitFor(async () => expect((await loadReporting(r.id)).answers.malware).toBe('no'));
    const again = screen.getByRole('group', { name: /ウイルス/ });
    expect(within(again).queryByText('種類から入力')).toBeNull();
    expect((within(again).getByRole('radio', { name: 'いいえ' }) as HTMLInputElement).checked).toBe(
      true,
    );
    // Misdelivery, ransomware…: nothing could have been stolen, so 盗難 is not asked.
    expect(screen.queryByRole('group', { name: /盗まれた/ })).toBeNull();
  });

  it('counts answered questions the same way in the heading, the groups and the link', async () => {
    const r = await ransomware();
    const { container } = render(<ReportingPage id={r.id} />);
    const figures = () => {
      const heading = screen.getByRole('heading', { name: /^質問（/ }).textContent!;
      const [, asked, answered] = /（(\d+) 問のうち (\d+) 問回答済み）/.exec(heading)!.map(Number);
      const link = screen.getByRole('link', { name: /質問に答える/ }).textContent!;
      const unanswered = Number(/未回答 (\d+) 問/.exec(link)![1]);
      return { asked, answered, unanswered };
    };
    await screen.findByRole('group', { name: /ウイルス/ });
    const before = figures();
    // What the incident type answers (ウイルス「はい」) counts as answered, as its group says.
    expect(before.answered).toBeGreaterThan(0);
    expect(before.answered + before.unanswered).toBe(before.asked);
    // Every question on screen is counted: the groups hold exactly the questions asked.
    expect(container.querySelectorAll('.reporting-group fieldset').length).toBe(before.asked);
    const personal = screen.getByRole('group', { name: /個人情報は含まれますか/ });
    await userEvent.click(within(personal).getByRole('radio', { name: 'わからない' }));
    await waitFor(() => expect(figures().answered).toBe(before.answered + 1));
    expect(figures().unanswered).toBe(before.unanswered - 1);
    expect(figures().asked).toBe(before.asked);
  });

  it('saves answers, shows the legal deadline in words, and records the decision', async () => {
    const i = await incident();
    render(<ReportingPage id={i.id} />);
    const personal = await screen.findByRole('group', { name: /個人情報は含まれますか/ });
    await userEvent.click(within(personal).getByRole('radio', { name: 'はい' }));
    await screen.findByText('✓ 保存済み');
    const count = screen.getByRole('group', { name: /何人分/ });
    await userEvent.click(within(count).getByRole('radio', { name: '1,001人以上' }));
    const encrypted = screen.getByRole('group', { name: /高度な暗号化/ });
    await userEvent.click(within(encrypted).getByRole('radio', { name: 'いいえ' }));
    await waitFor(async () => expect((await loadReporting(i.id)).answers.encrypted).toBe('no'));

    const card = screen.getByRole('article', { name: /個人情報保護委員会への報告（速報・確報）/ });
    expect(within(card).getAllByText('法令上の期限').length).toBeGreaterThan(0);
    expect(within(card).getByText(/ガイドラインの目安（法令上の期限ではありません）/)).toBeTruthy();
    // The day of 発覚 is day 1: a 30-day period ends 29 days after today.
    expect(within(card).getByText(/あと 29 日/)).toBeTruthy();
    expect(
      within(card)
        .getByRole('link', { name: /個人情報保護委員会/ })
        .getAttribute('href'),
    ).toBe('https://www.ppc.go.jp/personalinfo/legal/leakAction/');
    expect(within(card).getByRole('link', { name: /個人情報保護委員会/ }).textContent).toMatch(
      /（要ネットワーク・別画面で開きます）$/,
    );
    // Answering writes nothing to the timeline; the button records the decision once.
    const reporting = async () => (await listTimeline(i.id)).filter((e) => e.kind === 'reporting');
    expect(await reporting()).toHaveLength(0);
    expect(screen.getByText(/この判断はまだ対応経過に記録していません/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'この判断を対応経過に記録' }));
    await screen.findByText('✓ 対応経過に記録しました');
    // One message, and nothing more to record until the decision changes.
    expect(screen.queryByText(/いまの判断は対応経過に記録済みです/)).toBeNull();
    expect(
      (screen.getByRole('button', { name: 'この判断を対応経過に記録' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    await userEvent.click(within(personal).getByRole('radio', { name: 'いいえ' }));
    await screen.findByText(/答えが変わり、記録済みの判断と違っています/);
    expect(
      (screen.getByRole('button', { name: 'この判断を対応経過に記録' }) as HTMLButtonElement)
        .disabled,
    ).toBe(false);
    const decisions = await reporting();
    expect(decisions).toHaveLength(1);
    expect(decisions[0].text).toMatch(/必要：個人情報保護委員会への報告/);
  });

  it('marks the 速報 対応済み with date and memo; the legal 確報 stays open', async () => {
    const i = await incident();
    const { unmount } = render(<ReportingPage id={i.id} />);
    const card = await screen.findByRole('article', {
      name: /個人情報保護委員会への報告（速報・確報）/,
    });
    expect(within(card).getByText('未対応')).toBeTruthy();
    // The form waits behind a button, one per deadline.
    expect(within(card).queryByLabelText('メモ（速報）')).toBeNull();
    await userEvent.click(within(card).getByRole('button', { name: '「速報」を対応済みにする…' }));
    const date = within(card).getByLabelText('対応した日（速報）');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-27');
    await userEvent.type(within(card).getByLabelText('メモ（速報）'), '速報をWebフォームで送信');
    await userEvent.click(within(card).getByRole('button', { name: '「速報」を対応済みにする' }));
    await within(card).findByText('✓ 保存済み');
    unmount();

    render(<ReportingPage id={i.id} />);
    const again = await screen.findByRole('article', {
      name: /個人情報保護委員会への報告（速報・確報）/,
    });
    expect(within(again).getByText('一部対応済み（速報）')).toBeTruthy();
    expect(within(again).getByText('✓ 対応済み（2026-11-27）')).toBeTruthy();
    expect(within(again).getByText(wholeText('メモ：速報をWebフォームで送信'))).toBeTruthy();
    await userEvent.click(within(again).getByRole('button', { name: '「速報」の記録を変更…' }));
    expect((within(again).getByLabelText('メモ（速報）') as HTMLTextAreaElement).value).toBe(
      '速報をWebフォームで送信',
    );
    expect(within(again).getByRole('button', { name: '「速報」を未対応に戻す' })).toBeTruthy();
    await userEvent.click(within(again).getByRole('button', { name: '「確報」を対応済みにする…' }));
    // The 確報 still shows how many days are left; the 速報 does not.
    expect(within(again).getAllByText(/あと \d+ 日/)).toHaveLength(1);

    await userEvent.click(within(again).getByRole('button', { name: '「確報」を対応済みにする' }));
    await within(again).findByText('✓ すべて対応済み');
  });

  it('keeps what applies only because of 「わからない」 behind one heading, with ✓ / ？ and 出典確認中', async () => {
    const r = await ransomware();
    const { container } = render(<ReportingPage id={r.id} />);
    // Firm from the incident type: IPA and 警察 stay on top, outside the group.
    const ipa = await screen.findByRole('article', { name: /IPAへの届出/ });
    expect(ipa.closest('details')).toBeNull();
    const maybe = screen.getByText(/答えると絞り込めます（\d+件）/).closest('details')!;
    expect(maybe.open).toBe(false);
    const ppc = within(maybe).getByRole('article', {
      name: /個人情報保護委員会への報告（速報・確報）/,
    });
    expect(within(ppc).getByText(/次のどれかに当たれば報告が必要です/)).toBeTruthy();
    expect(within(ppc).getAllByText('？').length).toBe(4);
    expect(
      within(ppc).getByText(/念のため対象にしています（わからない・未回答：個人情報/),
    ).toBeTruthy();
    // The PPC facts are checked against their texts: no badge. What is still unchecked (the
    // content of the 2026 amendment, on the 本人通知 card) says so in plain words, and
    // maintainers' research notes never show.
    expect(within(ppc).queryByText('出典確認中')).toBeNull();
    const subjects = within(maybe).getByRole('article', { name: /本人への通知/ });
    expect(within(subjects).getAllByText('出典確認中').length).toBeGreaterThan(0);
    expect(within(subjects).getAllByText(/まだ確かめきれていません/).length).toBeGreaterThan(0);
    expect(container.textContent).not.toMatch(/参照できていない|未確認：|試した検索/);
    // Status forms are closed: one button per deadline.
    expect(within(ppc).queryByLabelText(/^メモ（/)).toBeNull();
    expect(within(ppc).getAllByRole('button', { name: /を対応済みにする…$/ })).toHaveLength(2);

    // On firm answers the met criterion is ✓ and the card moves out of the group.
    const personal = screen.getByRole('group', { name: /個人情報は含まれますか/ });
    await userEvent.click(within(personal).getByRole('radio', { name: 'はい' }));
    const access = screen.getByRole('group', { name: /不正アクセスの疑い/ });
    await userEvent.click(within(access).getByRole('radio', { name: 'はい' }));
    await waitFor(() =>
      expect(
        screen
          .getByRole('article', { name: /個人情報保護委員会への報告（速報・確報）/ })
          .closest('details'),
      ).toBeNull(),
    );
    const firm = screen.getByRole('article', { name: /個人情報保護委員会への報告（速報・確報）/ });
    expect(within(firm).getByText('✓')).toBeTruthy();
  });

  it('puts the key questions first', () => {
    const { container } = render(<Questionnaire answers={{}} onAnswer={() => {}} />);
    const names = [...container.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(names.slice(0, 4)).toEqual([
      expect.stringMatching(/個人情報は含まれますか/),
      expect.stringMatching(/何人分/),
      expect.stringMatching(/不正アクセス/),
      expect.stringMatching(/内部犯行/),
    ]);
  });

  it('lists 「報告不要」 destinations with their reasons', async () => {
    const i = await incident();
    render(<ReportingPage id={i.id} />);
    const personal = await screen.findByRole('group', { name: /個人情報は含まれますか/ });
    await userEvent.click(within(personal).getByRole('radio', { name: 'いいえ' }));
    await screen.findByText('✓ 保存済み');
    expect(screen.getByRole('heading', { name: /今回は不要と判断したもの/ })).toBeTruthy();
    const list = screen.getByRole('heading', { name: /今回は不要と判断したもの/ })
      .nextElementSibling as HTMLElement;
    const card = within(list).getByText('カード会社への連絡').closest('li') as HTMLElement;
    expect(card.textContent).toMatch(/：今回は不要/);
    expect(card.textContent).not.toMatch(/報告不要/);
    const ppc = within(list)
      .getByText(/個人情報保護委員会への報告（速報・確報）/)
      .closest('li') as HTMLElement;
    expect(ppc.textContent).toMatch(/：報告不要/);
    expect(screen.getAllByText(/報告の対象となる事態.*に当たりません/).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'この判断を対応経過に記録' }));
    await screen.findByText('✓ 対応経過に記録しました');
    const decisions = (await listTimeline(i.id)).filter((e) => e.kind === 'reporting');
    expect(decisions.at(-1)?.text).toMatch(
      /報告不要：個人情報保護委員会への報告（速報・確報）：報告の対象となる事態/,
    );
  });
});
