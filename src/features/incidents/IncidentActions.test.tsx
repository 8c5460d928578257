import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { createIncident, loadIncidentSnapshot } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const open = async () => {
  const { incident } = await createIncident({
    title: '経理PC',
    types: ['ransomware'],
    causes: [],
    by: '山田',
    log: '対応を開始',
  });
  render(
    <LocationProvider>
      <IncidentPage id={incident.id} />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { name: '経理PC', level: 1 });
  // The checklist has loaded: the open count is known.
  await screen.findByRole('region', { name: 'チェックリスト' });
  return incident;
};
const status = async (id: string) => (await loadIncidentSnapshot(id))?.incident.status;

describe('incident status changes', () => {
  it('closing asks first; やめる changes nothing, 完了にする closes', async () => {
    const incident = await open();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '対応を終了する…' }));
    const question = screen.getByRole('alertdialog', {
      name: /未完了の項目が \d+ 件あります。この対応を「完了」にしますか/,
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'やめる' })),
    );
    await user.click(within(question).getByRole('button', { name: 'やめる' }));
    expect((await loadIncidentSnapshot(incident.id))?.incident.status).toBe('open');

    await user.click(screen.getByRole('button', { name: '対応を終了する…' }));
    await user.click(screen.getByRole('button', { name: '完了にする' }));
    await waitFor(async () =>
      expect((await loadIncidentSnapshot(incident.id))?.incident.status).toBe('closed'),
    );
  });

  it('復旧済み with open items asks first and says how many', async () => {
    const incident = await open();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '復旧済みにする…' }));
    const question = screen.getByRole('alertdialog', { name: /復旧済みにしますか/ });
    const total = Number(/全体: 0 \/ (\d+)/.exec(document.body.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(question.textContent).toContain(`未完了の項目が ${total} 件あります`);
    await user.click(within(question).getByRole('button', { name: 'やめる' }));
    expect(await status(incident.id)).toBe('open');
    expect(screen.getByRole('region', { name: 'まず、すぐに' })).toBeTruthy();
  });

  it('a double tap on a status button writes one status change', async () => {
    const incident = await open();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '復旧済みにする…' }));
    await user.dblClick(screen.getByRole('button', { name: '復旧済みにする' }));
    await screen.findByRole('button', { name: '対応中に戻す' });
    await waitFor(async () =>
      expect((await loadIncidentSnapshot(incident.id))?.incident.status).toBe('recovered'),
    );
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.timeline.filter((t) => t.kind === 'status').map((t) => t.text)).toEqual([
      '状態を「復旧済み」に変更',
    ]);
  });

  it('shows 保存済み after a rename and after a 発覚日時 change', async () => {
    const incident = await open();
    const user = userEvent.setup();
    await user.click(screen.getByText('件名・分類・発覚日時を変更'));
    const title = screen.getByLabelText('件名');
    await user.clear(title);
    await user.type(title, '経理PCの感染');
    await user.click(screen.getByRole('button', { name: '件名を保存' }));
    const titleForm = screen.getByRole('button', { name: '件名を保存' }).closest('form')!;
    expect(await within(titleForm).findByText('✓ 保存済み')).toBeTruthy();
    expect((await loadIncidentSnapshot(incident.id))?.incident.title).toBe('経理PCの感染');

    const when = screen.getByLabelText('発覚日時（日本時間）');
    await user.clear(when);
    await user.type(when, '2026-11-19T08:30');
    await user.click(screen.getByRole('button', { name: '発覚日時を保存' }));
    const whenForm = screen.getByRole('button', { name: '発覚日時を保存' }).closest('form')!;
    expect(await within(whenForm).findByText('✓ 保存済み')).toBeTruthy();
    // Only the latest save says so.
    expect(within(titleForm).queryByText('✓ 保存済み')).toBeNull();
  });

  it('refuses a 発覚日時 later than now with a message, and keeps the stored one', async () => {
    const incident = await open();
    const user = userEvent.setup();
    await user.click(screen.getByText('件名・分類・発覚日時を変更'));
    const when = screen.getByLabelText<HTMLInputElement>('発覚日時（日本時間）');
    await user.clear(when);
    await user.type(when, `${new Date().getFullYear() + 1}-11-19T08:30`);
    await user.click(screen.getByRole('button', { name: '発覚日時を保存' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/未来の日時になっています/);
    expect((await loadIncidentSnapshot(incident.id))?.incident.discoveredAt).toBe(
      incident.discoveredAt,
    );
    expect(when.value).toMatch(/-11-19T08:30$/);
  });
});
