import { beforeEach, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { putPrep } from '../../storage';
import { applyRemote } from '../../storage/sync-apply';
import { listReplacedPrep } from '../../storage/prep-replaced';
import { decide } from '../../sync/merge';
import { useFreshPrep } from './test-prep';
import { contactInput } from '../../storage/test-prep-data';
import PrepPage from './PrepPage';

useFreshPrep();
beforeEach(() => useStore.setState({ prepReplaced: null }));

const TITLE = '別の端末の変更で置き換わった内容';

/** This phone's 保守ベンダー, then a later one from 佐藤のスマホ, merged by team mode's rule. */
async function replacedVendor() {
  await putPrep({ ...contactInput('vendor', '03-1111-2222', '鈴木'), org: '保守会社' });
  const record = {
    ...contactInput('vendor', '03-9999-0000', '高橋'),
    updatedAt: '2999-01-01T00:00:00.000Z',
  };
  await applyRemote([{ type: 'prep', record }], (remote, local) =>
    decide(remote, { at: record.updatedAt, device: 'dev-b' }, local, {
      me: 'dev-a',
      remoteName: '佐藤のスマホ',
      label: (r) => r.type,
    }),
  );
}

const section = () => screen.findByRole('region', { name: TITLE }, { timeout: 5000 });

describe('備え replaced by another phone', () => {
  it('shows the replaced contact with its old phone number under the form’s label', async () => {
    await replacedVendor();
    render(h(PrepPage, {}));
    const list = await section();
    expect(
      within(list).getByRole('heading', { name: '体制と連絡先（保守ベンダー）' }),
    ).toBeTruthy();
    expect(within(list).getByText('電話番号: 03-1111-2222')).toBeTruthy();
    expect(within(list).getByText('会社名・窓口名: 保守会社')).toBeTruthy();
    expect(within(list).getByText(/別の端末（佐藤のスマホ）の変更で置き換わりました/)).toBeTruthy();
    expect(within(list).queryByText(/03-9999-0000/)).toBeNull();
  });

  it('「確認済みにする」 removes the entry, and it stays gone after the page opens again', async () => {
    const user = userEvent.setup();
    await replacedVendor();
    render(h(PrepPage, {}));
    const list = await section();
    await user.click(within(list).getByRole('button', { name: /確認済みにする/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: TITLE })).toBeNull());
    expect(await listReplacedPrep()).toEqual([]);
    cleanup();
    useStore.setState({ prepReplaced: null });
    render(h(PrepPage, {}));
    await screen.findByText(/備えの点検: \d+項目のうち/, undefined, { timeout: 5000 });
    await waitFor(() => expect(useStore.getState().prepReplaced).toEqual([]));
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
  });

  it('shows nothing when no 備え was replaced', async () => {
    render(h(PrepPage, {}));
    await waitFor(() => expect(useStore.getState().prepReplaced).toEqual([]));
    expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
  });
});
