import { describe, it, expect } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderAt } from './test-utils';

const h1 = (name: RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('PlaybookPage', () => {
  it('shows the one most urgent action first, then 対応を開始 and the phases in order', async () => {
    renderAt('/playbooks/ransomware');
    await h1(/ランサムウェア感染の場合/);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('まず、すぐに');
    const phases = headings.filter((h) => /ステップ\d/.test(h ?? ''));
    expect(phases).toEqual([
      'ステップ1 検知・初動対応',
      'ステップ2 報告・公表',
      'ステップ3 復旧・再発防止',
    ]);
    const urgent = screen.getByRole('region', { name: 'まず、すぐに' });
    expect(urgent.textContent).toMatch(/ネットワークから切り離します/);
    const start = screen.getByRole('link', { name: /対応を開始/ });
    expect(start.getAttribute('href')).toBe('/incidents/new?type=ransomware');
    // The urgent action comes before everything else of the page.
    expect(urgent.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows where each item comes from, and its note expands in place', async () => {
    renderAt('/playbooks/ransomware');
    await h1(/ランサムウェア感染の場合/);
    const item = document.getElementById('ransomware-report-ransom-message')!;
    expect(within(item).getByText('出典：ランサムウェア')).toBeTruthy();
    const basic = document.getElementById('basic-report-to-security-officer')!;
    expect(within(basic).getByText('出典：基本ステップ')).toBeTruthy();
    const summary = within(item).getByText(/※1 ランサムウェアとは/);
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText(/金銭を要求する不正プログラムの総称/)).toBeTruthy();
  });

  it('links items that say to report somewhere to 連絡先, and shows ＜参考＞', async () => {
    renderAt('/playbooks/ransomware');
    await h1(/ランサムウェア感染の場合/);
    const item = document.getElementById('ransomware-notify-ipa')!;
    const link = within(item).getByRole('link', { name: /連絡先：コンピューターウイルス届出窓口/ });
    expect(link.getAttribute('href')).toBe('/contacts#ipa-virus-access-report');
    expect(
      screen.getByRole('complementary', { name: '＜参考＞適切なバックアップ方法' }),
    ).toBeTruthy();
  });

  it('情報漏えい narrowed to a cause shows that cause and starts with it', async () => {
    renderAt('/playbooks/leak?cause=misdelivery');
    await h1(/情報漏えいの場合/);
    expect(screen.getByText('（原因：メール誤送信・Web誤公開）')).toBeTruthy();
    expect(document.getElementById('leak-ask-recipient-to-delete')).not.toBeNull();
    expect(document.getElementById('leak-insider-restrict-and-secure')).toBeNull();
    const urgent = screen.getByRole('region', { name: 'まず、すぐに' });
    expect(urgent.textContent).toMatch(/受信先に対して、受信した情報の削除を依頼します/);
    expect(urgent.textContent).not.toMatch(/漏えいした情報の種類や件数/);
    expect(screen.getByRole('link', { name: /対応を開始/ }).getAttribute('href')).toBe(
      '/incidents/new?type=leak&cause=misdelivery',
    );
  });
});
