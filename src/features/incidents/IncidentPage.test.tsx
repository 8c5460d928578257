import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { createIncident, listProgress } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const start = async (types: string[], causes: string[] = []) => {
  const { incident } = await createIncident({
    title: '受付PC',
    types,
    causes,
    by: '山田',
    log: '対応を開始',
  });
  render(<IncidentPage id={incident.id} />);
  await screen.findByRole('region', { name: 'チェックリスト' });
  return incident.id;
};
const stateOf = async (id: string, itemId: string) =>
  (await listProgress(id)).find((p) => p.itemId === itemId)?.state;
/** The checklist row of an item, found by its text. */
const row = (text: RegExp) =>
  within(screen.getByRole('region', { name: 'チェックリスト' }))
    .getByText(text)
    .closest('li')!;

describe('incident page, top to bottom', () => {
  it('orders header, urgent card, next steps, reporting, checklist, status changes', async () => {
    await start(['ransomware']);
    const order = [
      screen.getByRole('heading', { level: 1, name: '受付PC' }),
      screen.getByRole('region', { name: 'まず、すぐに' }),
      screen.getByRole('region', { name: '次にやること' }),
      await screen.findByText('報告・届出の確認がまだです', { exact: false }),
      screen.getByRole('region', { name: 'チェックリスト' }),
      screen.getByRole('region', { name: '状態の変更' }),
    ];
    for (let i = 1; i < order.length; i++)
      expect(
        order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
  });

  it("the urgent card's 完了 ticks its checklist twin (one stored item), and back", async () => {
    const id = await start(['ransomware']);
    const user = userEvent.setup();
    const urgent = screen.getByRole('region', { name: 'まず、すぐに' });
    await user.click(within(urgent).getByRole('button', { name: '完了' }));
    await within(urgent).findByText('保存済み');
    expect(await stateOf(id, 'ransomware-isolate')).toBe('done');
    const twin = row(/感染したパソコンやサーバーの利用を停止し/);
    expect(within(twin).getByRole('button', { name: '✓ 完了' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // Reopened from the checklist: the card follows.
    await user.click(within(twin).getByRole('button', { name: '✓ 完了' }));
    await waitFor(() =>
      expect(
        within(urgent).getByRole('button', { name: '完了' }).getAttribute('aria-pressed'),
      ).toBe('false'),
    );
    expect(await stateOf(id, 'ransomware-isolate')).toBe('open');
  });

  it('the misdelivery card ticks the deletion request item', async () => {
    const id = await start(['leak'], ['misdelivery']);
    const user = userEvent.setup();
    const urgent = screen.getByRole('region', { name: 'まず、すぐに' });
    await user.click(within(urgent).getByRole('button', { name: '完了' }));
    await within(urgent).findByText('保存済み');
    expect(await stateOf(id, 'leak-ask-recipient-to-delete')).toBe('done');
  });

  it('次にやること lists the open items of the current phase; ticking one brings the next', async () => {
    const id = await start(['ransomware']);
    const user = userEvent.setup();
    const next = screen.getByRole('region', { name: '次にやること' });
    expect(next.textContent).toContain('検知・初動対応');
    // The urgent action is not repeated here.
    expect(next.textContent).not.toMatch(/感染したパソコンやサーバーの利用を停止し/);
    const items = within(next).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const firstText = items[0].querySelector('p')!.textContent!;
    await user.click(within(items[0]).getByRole('button', { name: '完了' }));
    await waitFor(() => expect(next.textContent).not.toContain(firstText));
    const stored = (await listProgress(id)).filter((p) => p.state === 'done');
    expect(stored).toHaveLength(1);
    expect(row(new RegExp(firstText.slice(0, 12))).textContent).toContain('保存済み');
  });

  it('「未完了だけ」 hides settled items and info sentences; phases fold, current one open', async () => {
    await start(['leak'], ['misdelivery']);
    const user = userEvent.setup();
    const list = screen.getByRole('region', { name: 'チェックリスト' });
    const phases = list.querySelectorAll('details');
    expect([...phases].map((d) => d.open)).toEqual([true, false, false]);
    const report = row(/情報セキュリティ責任者に報告します/);
    await user.click(within(report).getByRole('button', { name: '完了' }));
    await within(report).findByText(/保存済み/);
    expect(within(list).getByText(/第三者からの指摘により発見されます/)).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: '未完了だけ' }));
    expect(
      within(list).getByRole('button', { name: '✓ 未完了だけ' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(within(list).queryByText(/情報セキュリティ責任者に報告します/)).toBeNull();
    expect(within(list).queryByText(/第三者からの指摘により発見されます/)).toBeNull();
    expect(within(list).getByText(/受信した情報の削除を依頼します/)).toBeTruthy();
  });
});
