import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { japaneseLeft, renderAt } from '../guide/test-utils';
import { setLanguage } from '../../i18n/active';

afterEach(() => setLanguage('ja'));

describe('連絡先 in English', () => {
  it('names each desk in English with its Japanese name beside, and every control in English', async () => {
    await setLanguage('en');
    renderAt('/contacts');
    await screen.findByRole('heading', { level: 1, name: 'Contacts' }, { timeout: 5000 });
    const ipa = await screen.findByRole(
      'region',
      { name: /^Cybersecurity help desk for companies and organisations/ },
      { timeout: 5000 },
    );
    expect(within(ipa).getByText(/^IPA, Information-technology Promotion Agency/)).toBeTruthy();
    expect(within(ipa).getByText(/^A help desk for companies and organisations/)).toBeTruthy();
    expect(
      within(ipa).getByRole('link', { name: /^Write an e-mail \(cs-support@ipa\.go\.jp\)/ }),
    ).toBeTruthy();
    // The shared widgets' words (ui) arrive with their own small chunk.
    expect(
      await within(ipa).findByRole('link', { name: /^Open the website ?\(needs a network/ }),
    ).toBeTruthy();
    expect(
      within(ipa).getByRole('button', { name: /^Copy the address \(IPA, Information-technology/ }),
    ).toBeTruthy();
    const ppc = screen.getByRole('region', {
      name: /^Leak, loss or damage of personal information \(個人情報の漏えい等\)/,
    });
    expect(
      within(ppc).getByText('Personal Information Protection Commission (個人情報保護委員会)'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sort this out before you call' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });
});
