import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { listPrep, putPrep } from '../../storage';
import { READINESS_ITEMS } from './checks';
import { reviewDue } from './review';
import { renderPart, useFreshPrep } from './test-prep';
import { BLANK_SYSTEMS } from './SystemsForm';

useFreshPrep();

describe('備えの点検', () => {
  it('scores what 備え shows and what was answered, lists what is missing, records the review', async () => {
    const user = userEvent.setup();
    await putPrep({
      ...BLANK_SYSTEMS,
      personalData: '顧客名簿',
      networkCut: 'LANケーブルを抜く',
    });
    await renderPart('check', '備えの点検');
    const total = READINESS_ITEMS.length;
    expect(screen.getByText(/ができています/).textContent).toBe(
      `${total}項目のうち 2項目 ができています。`,
    );
    const policy = screen.getByRole('group', { name: /インシデント対応の方針/ });
    await user.click(within(policy).getByRole('radio', { name: 'できている' }));
    expect(screen.getByText(/ができています/).textContent).toContain('3項目');
    const missing = screen.getByRole('region', { name: 'まだのこと' });
    expect(within(missing).queryByText(/インシデント対応の方針/)).toBeNull();
    expect(within(missing).getByText(/情報セキュリティ責任者と経営者の電話番号/)).toBeTruthy();
    // Each point says where the guide says it.
    expect(
      screen.getAllByRole('link', { name: /基本ステップ「対応体制の立ち上げ」/ }).length,
    ).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: '点検を記録する' }));
    await screen.findByText('✓ 保存済み');
    const check = (await listPrep()).find((r) => r.kind === 'check');
    expect(check).toMatchObject({ answers: { policy: 'yes' } });
    const reviewedAt = (check as { reviewedAt: string }).reviewedAt;
    expect(reviewDue(reviewedAt, new Date())).toBe(false);
    expect(reviewDue(reviewedAt, new Date(Date.now() + 190 * 86_400_000))).toBe(true);
  });
});
