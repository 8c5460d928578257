import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { putPrep } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { renderAt } from '../guide/test-utils';

useFreshDB();

describe('連絡先: the company first', () => {
  it('shows the company’s own contacts before the public bodies, with tel: and mailto:', async () => {
    await putPrep({
      id: 'contact:vendor',
      kind: 'contact',
      role: 'vendor',
      name: '保守 一郎',
      org: '株式会社保守サービス',
      phone: '0120-000-111',
      email: 'help@example.co.jp',
      deputyName: '',
      deputyPhone: '',
      tell: '契約番号 K-100 と起きていること',
      policyNumber: '',
    });
    renderAt('/contacts');
    const own = await screen.findByRole('region', { name: '自社の連絡先' }, { timeout: 5000 });
    const call = await within(own).findByRole('link', { name: /電話する：保守ベンダー 保守 一郎/ });
    expect(call.getAttribute('href')).toBe('tel:0120-000-111');
    expect(
      within(own)
        .getByRole('link', { name: /メール：保守ベンダー/ })
        .getAttribute('href'),
    ).toBe('mailto:help@example.co.jp');
    expect(within(own).getByText(/契約番号 K-100/)).toBeTruthy();
    const ipa = screen.getByRole('region', { name: /企業組織向けサイバーセキュリティ相談窓口/ });
    // The company's section comes first in the page.
    expect(own.compareDocumentPosition(ipa) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
