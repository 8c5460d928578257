import { describe, it, expect, vi, afterEach } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderAt } from '../guide/test-utils';

const open = async () => {
  renderAt('/contacts');
  await screen.findByRole('heading', { level: 1, name: '連絡先' }, { timeout: 5000 });
  return screen.getByRole('region', { name: /企業組織向けサイバーセキュリティ相談窓口/ });
};

afterEach(() => vi.unstubAllGlobals());

describe('ContactsPage', () => {
  it('offers tap-to-mail and an external link marked as needing a network', async () => {
    const ipa = await open();
    const mail = within(ipa).getByRole('link', { name: /メールを書く/ });
    expect(mail.getAttribute('href')).toBe('mailto:cs-support@ipa.go.jp');
    const web = within(ipa).getByRole('link', { name: /Webサイトを開く/ });
    expect(web.getAttribute('target')).toBe('_blank');
    expect(web.getAttribute('rel')).toBe('noopener noreferrer');
    expect(web.textContent).toMatch(/要ネットワーク/);
    expect(screen.getByRole('heading', { name: '連絡する前に整理しておくこと' })).toBeTruthy();
    expect(screen.getByText(/5W1H/)).toBeTruthy();
  });

  it('copies the address and says コピーしました', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const ipa = await open();
    fireEvent.click(within(ipa).getByRole('button', { name: /アドレスをコピー/ }));
    expect(await within(ipa).findByText('コピーしました')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('cs-support@ipa.go.jp');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const ipa = await open();
    fireEvent.click(within(ipa).getByRole('button', { name: /URLをコピー/ }));
    expect(await within(ipa).findByText(/コピーできませんでした/)).toBeTruthy();
  });
});
