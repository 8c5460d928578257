import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import userEvent from '@testing-library/user-event';
import { putPrep } from '../../storage';
import { renderAt } from '../guide/test-utils';
import { useFreshPrep } from './test-prep';
import { READINESS_ITEMS } from './checks';

useFreshPrep();

const h1 = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('平時の備え is reachable and shows how far it has got', () => {
  it('opens from home, shows the score and links to each part', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await h1('何が起きましたか？');
    await user.click(screen.getByRole('link', { name: /平時の備え/ }));
    await h1('平時の備え');
    await screen.findByText(
      `備えの点検: ${READINESS_ITEMS.length}項目のうち 0項目ができています。`,
    );
    for (const name of [
      '会社の情報',
      '体制と連絡先',
      'システムと情報',
      '備えの点検',
      '緊急カード（印刷）',
    ])
      expect(screen.getByRole('link', { name })).toBeTruthy();
  });

  it('opens from 設定', async () => {
    renderAt('/settings');
    await h1('設定');
    const section = screen.getByRole('region', { name: '平時の備え' });
    expect(
      within(section).getByRole('link', { name: '平時の備えを開く' }).getAttribute('href'),
    ).toBe('/prep');
  });

  it('reminds on home when the last check is older than six months, not before', async () => {
    const check = (reviewedAt: string) =>
      putPrep({ id: 'check', kind: 'check', answers: {}, reviewedAt });
    await check(new Date(Date.now() - 200 * 86_400_000).toISOString());
    renderAt('/');
    const reminder = await screen.findByRole(
      'complementary',
      { name: '備えの見直し' },
      { timeout: 5000 },
    );
    expect(within(reminder).getByRole('link', { name: '備えを見直す' }).getAttribute('href')).toBe(
      '/prep/check',
    );
  });

  it('does not remind right after a check', async () => {
    await putPrep({
      id: 'check',
      kind: 'check',
      answers: {},
      reviewedAt: new Date().toISOString(),
    });
    renderAt('/');
    await h1('何が起きましたか？');
    // Settled: the reminder's data has been read into the store.
    await waitFor(() => expect(useStore.getState().prep?.check).toBeTruthy(), { timeout: 5000 });
    expect(screen.queryByRole('complementary', { name: '備えの見直し' })).toBeNull();
  });
});
