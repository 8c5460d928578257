import { describe, expect, it, beforeEach } from 'vitest';
import { wholeText } from '../../ui/whole-text';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { createIncident, getDB, loadIncidentSnapshot } from '../../storage';
import { fillDiskFor, useFreshDB } from '../../storage/test-db';
import NewIncidentPage from './NewIncidentPage';
import IncidentPage from './IncidentPage';
import RecordPage from './RecordPage';
import TimelinePage from './TimelinePage';
import IncidentsPage from './IncidentsPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const newIncident = async (types = ['ransomware']) =>
  (await createIncident({ title: '経理PC', types, causes: [], by: '山田', log: '対応を開始' }))
    .incident;

describe('incident screens', () => {
  it('starts an incident preselected from the playbook link', async () => {
    history.replaceState(null, '', '/incidents/new?type=ransomware');
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <NewIncidentPage />
      </LocationProvider>,
    );
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'ランサムウェア感染' }).checked,
    ).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: '情報漏えい' }));
    await user.click(screen.getByRole('checkbox', { name: 'メール誤送信・Web誤公開' }));
    expect(screen.getByLabelText<HTMLInputElement>('件名').value).toMatch(
      /^ランサムウェア、情報漏えい（メール誤送信・Web誤公開）/,
    );
    await user.click(screen.getByRole('button', { name: '対応を開始する' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}$/));
    const snap = await loadIncidentSnapshot(location.pathname.split('/')[2]);
    expect(snap?.incident).toMatchObject({
      types: ['ransomware', 'leak'],
      causes: ['misdelivery'],
      status: 'open',
    });
  });

  it('shows the most urgent action first while the incident is open', async () => {
    const incident = await newIncident();
    const { unmount } = render(<IncidentPage id={incident.id} />);
    const urgent = await screen.findByRole('region', { name: 'まず、すぐに' });
    expect(urgent.textContent).toMatch(/ネットワークから切り離します/);
    const list = await screen.findByRole('region', { name: 'チェックリスト' });
    expect(urgent.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount();

    await useStore.getState().changeStatus(incident.id, 'closed', '状態を「完了」に変更');
    render(<IncidentPage id={incident.id} />);
    await screen.findByRole('region', { name: 'チェックリスト' });
    expect(screen.queryByRole('region', { name: 'まず、すぐに' })).toBeNull();
  });

  it('ticks an item: 保存済み after commit, logged in the timeline, progress updates', async () => {
    const incident = await newIncident();
    const user = userEvent.setup();
    render(<IncidentPage id={incident.id} />);
    const list = await screen.findByRole('region', { name: 'チェックリスト' });
    const isolate = within(list)
      .getByText(/感染したパソコンやサーバーの利用を停止し/)
      .closest('li')!;
    expect(screen.getByText(/全体: 0 \//)).toBeTruthy();
    await user.click(within(isolate as HTMLElement).getByRole('button', { name: '完了' }));
    await within(isolate as HTMLElement).findByText(wholeText(/完了（山田・.*）保存済み/));
    expect(
      within(isolate as HTMLElement)
        .getByRole('button', { name: /完了/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByText(/全体: 1 \//)).toBeTruthy();
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.progress).toMatchObject([
      { itemId: 'ransomware-isolate', state: 'done', by: '山田' },
    ]);
    expect(snap?.timeline.map((t) => t.kind)).toEqual(['created', 'item']);
  });

  it('fills a record field with autosave; 保存済み only after the write', async () => {
    const incident = await newIncident();
    const user = userEvent.setup();
    render(<RecordPage id={incident.id} />);
    const event = await screen.findByLabelText('発生事象');
    await user.type(event, '画面に脅迫文');
    expect(screen.queryByText('✓ 保存済み')).toBeNull();
    await screen.findByText('✓ 保存済み', {}, { timeout: 3000 });
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.fields).toMatchObject([{ fieldId: 'event', value: '画面に脅迫文' }]);
    // The 5W1H fields are there too.
    expect(screen.getByLabelText('どうしたのか')).toBeTruthy();
  });

  it('adds timeline entries and corrections shown with the entry they correct', async () => {
    const incident = await newIncident();
    const user = userEvent.setup();
    render(<TimelinePage id={incident.id} />);
    await user.type(await screen.findByLabelText('できごとを記録'), '社長に報告');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    await screen.findByText('社長に報告');
    await user.click(screen.getByRole('button', { name: '訂正: 社長に報告' }));
    await user.type(screen.getByLabelText('訂正の内容'), '報告先は専務');
    await user.click(screen.getByRole('button', { name: '訂正を記録' }));
    const fix = await screen.findByText('報告先は専務');
    expect(fix.closest('li')).toBe(screen.getByText('社長に報告').closest('li'));
    const snap = await loadIncidentSnapshot(incident.id);
    const original = snap!.timeline.find((t) => t.text === '社長に報告')!;
    expect(snap!.timeline.find((t) => t.text === '報告先は専務')?.corrects).toBe(original.id);
  });

  it('a quota error shows the message and keeps the typed text; nothing saved is lost', async () => {
    const incident = await newIncident();
    const user = userEvent.setup();
    render(<RecordPage id={incident.id} />);
    const cause = await screen.findByLabelText<HTMLTextAreaElement>('想定される原因');
    await user.type(cause, 'VPN');
    await screen.findByText('✓ 保存済み', {}, { timeout: 3000 });

    const spy = fillDiskFor('fields');
    await user.type(cause, '機器の脆弱性');
    await user.tab();
    expect(await screen.findByText(/空き容量が足りない/)).toBeTruthy();
    expect(cause.value).toBe('VPN機器の脆弱性');
    spy.mockRestore();
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.fields).toMatchObject([{ fieldId: 'cause', value: 'VPN' }]);
    // Retrying once there is room saves it.
    await user.click(screen.getByRole('button', { name: 'もう一度保存' }));
    await screen.findByText('✓ 保存済み');
    expect((await (await getDB()).get('fields', [incident.id, 'cause']))?.value).toBe(
      'VPN機器の脆弱性',
    );
  });

  it('lists incidents with status, type and progress; filters by status', async () => {
    await newIncident(['virus']);
    const user = userEvent.setup();
    render(<IncidentsPage />);
    const row = (await screen.findByRole('link', { name: '経理PC' })).closest('li')!;
    expect(within(row as HTMLElement).getByText(/対応中/)).toBeTruthy();
    expect(within(row as HTMLElement).getByText(/ウイルス感染・発覚から/)).toBeTruthy();
    await within(row as HTMLElement).findByText(/進み具合: 0 \/ \d+ 件/);
    // The pressed filter carries a ✓, not colour alone.
    expect(screen.getByRole('button', { name: '✓ すべて', pressed: true })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '完了' }));
    await screen.findByText('「完了」の記録はありません。');
    expect(screen.getByRole('button', { name: '✓ 完了', pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'すべて', pressed: false })).toBeTruthy();
  });
});
