import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderAt } from '../guide/test-utils';
import { setLanguage } from '../../i18n/active';

afterEach(() => setLanguage('ja'));

const ransomCueJa = 'パソコンの画面等に、身代金を要求するようなメッセージが表示された';

describe('triage in another language', () => {
  it('shows the cues in English, each still leading to its playbook, with the original on demand', async () => {
    await setLanguage('en');
    renderAt('/triage');
    const cue = await screen.findByRole(
      'link',
      { name: /^A message demanding a ransom has appeared/ },
      { timeout: 5000 },
    );
    expect(cue.getAttribute('href')).toBe('/playbooks/ransomware');
    expect(
      screen.getByRole('link', { name: /^Information has been lost or left behind/ }),
    ).toBeTruthy();
    expect(screen.queryByText(ransomCueJa)).toBeNull();
    // The basic steps' first action, above the cues, is in English too.
    // The screen's words load apart from the renderings: wait for them too.
    const urgent = await screen.findByRole('region', { name: 'Do this now' }, { timeout: 5000 });
    expect(
      within(urgent).getByText(/^If the information concerned can be reached from outside/),
    ).toBeTruthy();

    // The cues' own 「原文」 toggle follows the list (the urgent card has its own).
    const toggle = cue.closest('ul')!.nextElementSibling as HTMLElement;
    expect(toggle.textContent).toMatch(/原文/);
    fireEvent.click(toggle);
    const original = within(cue).getByText(ransomCueJa);
    expect(original.getAttribute('lang')).toBe('ja');
  });

  it('やさしい日本語 shows its own words for the cues', async () => {
    await setLanguage('ja-easy');
    renderAt('/triage');
    expect(
      await screen.findByRole(
        'link',
        { name: /^パソコンの画面などに、お金（身代金）を求めるようなメッセージが出た/ },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
  });

  it('やさしい日本語 names the steps of each cue 「…したときの手順」, without brackets in brackets', async () => {
    await setLanguage('ja-easy');
    renderAt('/triage');
    const cues = await screen.findByRole(
      'list',
      { name: '次の中に、あてはまるものはありますか？' },
      { timeout: 5000 },
    );
    const hint = (href: string) =>
      within(cues)
        .getAllByRole('link')
        .find((a) => a.getAttribute('href') === href)!
        .querySelector('.type-hint')!.textContent;
    expect(hint('/playbooks/virus')).toBe('→ ウイルスに感染したときの手順');
    expect(hint('/playbooks/ransomware')).toBe('→ ランサムウェアに感染したときの手順');
    expect(hint('/playbooks/outage')).toBe('→ システムが止まったときの手順');
    expect(hint('/playbooks/leak?cause=insider')).toBe(
      '→ 会社の中の人が、情報をもらしたときの手順',
    );
    expect(hint('/playbooks/leak?cause=unauthorized-access')).toBe(
      '→ 外から入られて（不正アクセス）、情報がもれたときの手順',
    );
    expect(hint('/playbooks/basic')).toBe('→ はじめの手順');
    for (const link of within(cues).getAllByRole('link')) {
      const text = link.querySelector('.type-hint')!.textContent!;
      expect(text).toMatch(/^→ (はじめの手順|.+ときの手順)$/);
      expect(text).not.toMatch(/（[^）]*（/);
    }
  });
});
