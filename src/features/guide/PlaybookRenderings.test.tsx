import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderAt } from './test-utils';
import { setLanguage } from '../../i18n/active';

afterEach(() => setLanguage('ja'));

const isolateJa = '感染したパソコンやサーバーの利用を停止し、ネットワークから切り離します。';

describe('a playbook in another language', () => {
  it('shows the steps in English, with the original Japanese one tap away', async () => {
    await setLanguage('en');
    renderAt('/playbooks/ransomware');
    const urgent = await screen.findByRole('region', { name: 'Do this now' }, { timeout: 5000 });
    expect(await within(urgent).findByText(/^Stop using the infected PC or server/)).toBeTruthy();
    expect(within(urgent).getByText(/careless action such as turning the device off/)).toBeTruthy();
    expect(within(urgent).queryByText(isolateJa)).toBeNull();

    const item = document.getElementById('ransomware-isolate')!;
    expect(within(item).getByText(/^Stop using the infected PC or server/)).toBeTruthy();
    const show = within(item).getByRole('button', { name: /原文/ });
    expect(show.textContent).toBe('Show the original Japanese (原文)');
    fireEvent.click(show);
    const original = within(item).getByText(isolateJa);
    expect(original.getAttribute('lang')).toBe('ja');
    fireEvent.click(within(item).getByRole('button', { name: /Hide the original/ }));
    expect(within(item).queryByText(isolateJa)).toBeNull();

    // A sentence not rendered yet stays in the guide's Japanese, marked as Japanese.
    const rebuild = document.getElementById('ransomware-rebuild')!;
    expect(
      within(rebuild)
        .getByText(/感染した機器やデータの復旧を断念し/)
        .getAttribute('lang'),
    ).toBe('ja');
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
