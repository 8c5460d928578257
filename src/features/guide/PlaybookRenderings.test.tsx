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
    expect(
      within(urgent).getByText(/^Do not turn the device off or do anything careless/),
    ).toBeTruthy();
    expect(within(urgent).queryByText(isolateJa)).toBeNull();

    // Phases and sections.
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: /Detection and first response$/,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'First response' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Recovery/ })).toBeTruthy();

    const item = document.getElementById('ransomware-isolate')!;
    expect(within(item).getByText(/^Stop using the infected PC or server/)).toBeTruthy();
    const show = within(item).getByRole('button', { name: /原文/ });
    expect(show.textContent).toBe('Show the original Japanese (原文)');
    fireEvent.click(show);
    const original = within(item).getByText(isolateJa);
    expect(original.getAttribute('lang')).toBe('ja');
    fireEvent.click(within(item).getByRole('button', { name: /Hide the original/ }));
    expect(within(item).queryByText(isolateJa)).toBeNull();

    // Recovery steps and the ＜参考＞ box are English too.
    const rebuild = document.getElementById('ransomware-rebuild')!;
    expect(within(rebuild).getByText(/^If a decryption tool cannot recover them/)).toBeTruthy();
    const box = screen.getByText('<Reference> How to back up properly').closest('aside')!;
    expect(within(box).getByText(/connect them to the PC only while backing up/)).toBeTruthy();

    // No heading of the page is left in Japanese only (Japanese terms beside English aside).
    for (const h of screen.getAllByRole('heading'))
      expect(h.textContent!.replace(/ステップ\d+/, '').replace(/\([^)]*\)/g, '')).not.toMatch(
        JAPANESE,
      );
  });

  it('shows a leak playbook narrowed to a cause in English', async () => {
    await setLanguage('en');
    renderAt('/playbooks/leak?cause=misdelivery');
    const h1 = await screen.findByRole(
      'heading',
      { level: 1, name: /^In case of a data leak/ },
      { timeout: 5000 },
    );
    expect(h1).toBeTruthy();
    const urgent = await screen.findByRole('region', { name: 'Do this now' }, { timeout: 5000 });
    expect(within(urgent).getByText(/^If an e-mail went to the wrong address/)).toBeTruthy();
    expect(
      within(urgent).getByText(/^If information was published on the web by mistake/),
    ).toBeTruthy();
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
    const lead = screen.getByText(/^Data leaks come from causes such as/);
    expect(lead.textContent).toMatch(/“unauthorized access” to the network/);
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
