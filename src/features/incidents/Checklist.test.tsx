import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';
import { loadExportContent } from '../export/share-data';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const leakIncident = async (causes: string[]) =>
  (
    await createIncident({
      title: '誤送信',
      types: ['leak'],
      causes,
      by: '山田',
      log: '対応を開始',
    })
  ).incident;

describe('incident checklist of a leak by misdelivery', () => {
  it("shows the cause's own first step in the urgent card", async () => {
    const incident = await leakIncident(['misdelivery']);
    render(<IncidentPage id={incident.id} />);
    const urgent = await screen.findByRole('region', { name: 'まず、すぐに' });
    expect(urgent.textContent).toMatch(/受信先に対して、受信した情報の削除を依頼します/);
    expect(urgent.textContent).toMatch(/Webでの誤公開の場合は/);
    expect(urgent.textContent).not.toMatch(/ネットワークから切り離して/);
  });

  it('shows how the incident is found as text, with nothing to tick and not counted', async () => {
    const incident = await leakIncident(['misdelivery']);
    render(<IncidentPage id={incident.id} />);
    const list = await screen.findByRole('region', { name: 'チェックリスト' });
    const info = within(list)
      .getByText(/ミスをした本人またはそれを発見した第三者からの指摘により発見されます/)
      .closest('li')!;
    expect(info.textContent).toMatch(/参考/);
    expect(within(info).queryByRole('button')).toBeNull();
    // An ordinary item of the same section keeps its buttons.
    const report = within(list)
      .getByText(/情報セキュリティ責任者に報告します/)
      .closest('li')!;
    expect(within(report).getByRole('button', { name: '完了' })).toBeTruthy();
    // The first response of the cause comes before the general ones.
    const first = within(list).getByRole('heading', { name: '初動対応' }).closest('section')!;
    const texts = within(first)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(texts[0]).toMatch(/受信先に対して/);
    // Progress counts the items to tick only: as many as there are 完了 buttons.
    const buttons = within(list).getAllByRole('button', { name: '完了' }).length;
    expect(screen.getByText(/全体: 0 \//).textContent).toMatch(new RegExp(`0 / ${buttons}\\b`));
  });

  it('leaves info items out of the exported checklist (no 未 for them)', async () => {
    const content = await loadExportContent(['leak'], ['misdelivery']);
    const ids = content.phases.flatMap((p) => p.items.map((i) => i.id));
    expect(ids).toContain('leak-ask-recipient-to-delete');
    expect(ids).not.toContain('leak-detect-misdelivery');
  });
});

describe('checklist links', () => {
  it('links the 5W1H item to the record and the support item to the contacts', async () => {
    const { incident } = await createIncident({
      title: 'サーバー停止',
      types: ['outage'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    render(<IncidentPage id={incident.id} />);
    const list = await screen.findByRole('region', { name: 'チェックリスト' });
    const organize = within(list).getByText(/5W1H/).closest('li') as HTMLElement;
    expect(
      within(organize)
        .getByRole('link', { name: '整理しておくべき事項を記入する' })
        .getAttribute('href'),
    ).toBe(`/incidents/${incident.id}/record`);
    const support = within(list)
      .getByText(/自社で対応が難しい場合は/)
      .closest('li') as HTMLElement;
    expect(
      within(support).getByRole('link', { name: '相談窓口・報告先を見る' }).getAttribute('href'),
    ).toMatch(/^\/contacts#/);
  });
});
