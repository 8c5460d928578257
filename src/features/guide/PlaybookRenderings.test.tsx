import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { renderAt } from './test-utils';
import { setLanguage } from '../../i18n/active';
import { Rendered } from '../../ui/Rendered';

afterEach(() => setLanguage('ja'));

const isolateJa = '感染したパソコンやサーバーの利用を停止し、ネットワークから切り離します。';
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe('a playbook in another language', () => {
  it('shows the steps in English, with the original Japanese one tap away', async () => {
    await setLanguage('en');
    renderAt('/playbooks/ransomware');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'In case of a ransomware infection' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    // The UI's words and the playbook's renderings load apart: wait for both.
    const urgent = await screen.findByRole('region', { name: 'Do this now' }, { timeout: 5000 });
    expect(within(urgent).getByText(/^Stop using the infected PC or server/)).toBeTruthy();
    expect(within(urgent).getByText(/careless action such as turning the device off/)).toBeTruthy();
    expect(within(urgent).queryByText(isolateJa)).toBeNull();

    // Phases and sections.
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: /Detection and first response$/,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'First response' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Recovery and preventing recurrence$/ })).toBeTruthy();

    const item = document.getElementById('ransomware-isolate')!;
    expect(within(item).getByText(/^Stop using the infected PC or server/)).toBeTruthy();
    expect(within(item).getByText('出典：Ransomware')).toBeTruthy();
    const show = within(item).getByRole('button', { name: /原文/ });
    expect(show.textContent).toBe('Show the original Japanese (原文)');
    fireEvent.click(show);
    const original = within(item).getByText(isolateJa);
    expect(original.getAttribute('lang')).toBe('ja');
    fireEvent.click(within(item).getByRole('button', { name: /Hide the original/ }));
    expect(within(item).queryByText(isolateJa)).toBeNull();

    // Recovery steps and the ＜参考＞ box are English too, the box with its own 原文.
    const rebuild = document.getElementById('ransomware-rebuild')!;
    expect(within(rebuild).getByText(/^If a decryption tool cannot recover them/)).toBeTruthy();
    const box = screen.getByRole('complementary', { name: '<Reference> How to back up properly' });
    expect(within(box).getByText(/connect them to the PC only while backing up/)).toBeTruthy();
    fireEvent.click(within(box).getByRole('button', { name: /原文/ }));
    expect(within(box).getByText(/定期的に復元\(リストア\)できるか確認する。/)).toBeTruthy();

    // No heading of the page is left in Japanese only (Japanese terms beside English aside).
    for (const h of screen.getAllByRole('heading'))
      expect(h.textContent!.replace(/ステップ\d+/, '').replace(/\([^)]*\)/g, '')).not.toMatch(
        JAPANESE,
      );
  });

  it('names the chosen cause in English, on the playbook and in the guide text', async () => {
    await setLanguage('en');
    renderAt('/playbooks/leak?cause=misdelivery');
    const h1 = await screen.findByRole(
      'heading',
      { level: 1, name: /^In case of a data leak/ },
      { timeout: 5000 },
    );
    expect(h1.textContent).toMatch(/E-mail sent or web page published by mistake/);
    const picker = screen.getByRole('navigation', { name: '原因で絞り込む' });
    expect(within(picker).getByRole('link', { name: 'Unauthorized access' })).toBeTruthy();
    expect(
      within(document.getElementById('leak-ask-recipient-to-delete')!).getByText(
        /^If an e-mail went to the wrong address/,
      ),
    ).toBeTruthy();
  });

  it('shows the guide text of a playbook in English', async () => {
    await setLanguage('en');
    renderAt('/guide/leak');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'In case of a data leak' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    const item = document.getElementById('leak-check-resale-markets')!;
    expect(within(item).getByText(/^Check whether devices or media taken out/)).toBeTruthy();
    expect(item.querySelector('.tag')!.textContent).toMatch(/^Insider wrongdoing/);
    expect(screen.getByText(/Unauthorized access、Insider wrongdoing、/)).toBeTruthy();
  });

  it("keeps a sentence not rendered yet in the guide's Japanese, marked as Japanese", async () => {
    await setLanguage('en');
    render(
      <>
        <p>
          <Rendered text={isolateJa} />
        </p>
        <p>
          <Rendered text="まだ訳のない文です。" />
        </p>
      </>,
    );
    expect(await screen.findByText(/^Stop using the infected PC or server/)).toBeTruthy();
    expect(screen.getByText('まだ訳のない文です。').getAttribute('lang')).toBe('ja');
  });

  it('shows no 原文 toggle in Japanese', async () => {
    renderAt('/playbooks/ransomware');
    const item = await waitForItem();
    expect(within(item).getByText(isolateJa)).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /原文/ })).toBeNull();
  });

  it('やさしい日本語 shows its own words', async () => {
    await setLanguage('ja-easy');
    renderAt('/playbooks/ransomware');
    const urgent = await screen.findByRole(
      'region',
      { name: 'すぐに、これをします' },
      { timeout: 5000 },
    );
    expect(await within(urgent).findByText(/ネットワークから切りはなします。/)).toBeTruthy();
  });
});

async function waitForItem() {
  await screen.findByRole(
    'heading',
    { level: 1, name: /ランサムウェア感染の場合/ },
    { timeout: 5000 },
  );
  return document.getElementById('ransomware-isolate')!;
}
