import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { createIncident, getIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import DrillsPage from './DrillsPage';
import DrillRunPage from './DrillRunPage';
import IncidentPage from '../incidents/IncidentPage';
import RecordPage from '../incidents/RecordPage';
import { saveClock, startClock } from './clock';

useFreshDB();
beforeEach(() => {
  localStorage.clear();
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});
afterEach(() => {
  vi.useRealTimers();
});

const startDrill = async (scenario: string) =>
  (
    await createIncident({
      title: '訓練：テスト',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '訓練を開始',
      drill: scenario,
    })
  ).incident;

describe('starting a drill', () => {
  it('creates an incident flagged as a drill and opens its clock', async () => {
    history.replaceState(null, '', '/drills');
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <DrillsPage />
      </LocationProvider>,
    );
    const card = await screen.findByRole('region', {
      name: '月曜の朝、ファイルが開けない（ランサムウェア）',
    });
    await user.click(within(card).getByRole('button', { name: 'この訓練を始める' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}\/drill$/));
    const incident = await getIncident(location.pathname.split('/')[2]!);
    expect(incident).toMatchObject({ drill: 'ransomware-monday', types: ['ransomware'] });
    expect(incident?.title).toMatch(/^訓練：/);
  });
});

describe('the 訓練 banner', () => {
  it('shows on the pages of a drill, not on a real incident', async () => {
    const drill = await startDrill('ransomware-monday');
    const { unmount } = render(<IncidentPage id={drill.id} />);
    expect((await screen.findByRole('note')).textContent).toContain('訓練');
    unmount();
    render(<RecordPage id={drill.id} />);
    expect((await screen.findByRole('note')).textContent).toContain(
      '実際のインシデントではありません',
    );
  });

  it('is absent for a real incident', async () => {
    const { incident } = await createIncident({
      title: '本番',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    render(<IncidentPage id={incident.id} />);
    await screen.findByRole('heading', { level: 1, name: '本番' });
    expect(screen.queryByText(/訓練/)).toBeNull();
  });
});

describe('the drill clock', () => {
  it('shows injects at their time, ×10 faster, and stops while paused', async () => {
    const drill = await startDrill('ransomware-monday');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    saveClock(drill.id, startClock(10, Date.now()));
    render(<DrillRunPage id={drill.id} />);
    const log = await screen.findByRole('list', { name: '届いた情報' });
    // T+0 arrives at once.
    expect(within(log).getAllByRole('listitem')).toHaveLength(1);
    expect(log.textContent).toContain('T+0分・画面');
    // The next inject is at T+3: 18 real seconds at ×10.
    await act(async () => void (await vi.advanceTimersByTimeAsync(17_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(1);
    await act(async () => void (await vi.advanceTimersByTimeAsync(1_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(log.textContent).toContain('T+3分・電話');
    expect(screen.getByLabelText('訓練の経過時間').textContent).toContain('T+3:00');
    // Paused: nothing more arrives, however long it waits.
    await act(async () => screen.getByRole('button', { name: '一時停止' }).click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(600_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByLabelText('訓練の経過時間').textContent).toContain('T+3:00');
    // Resumed at real speed: T+8 is five real minutes away.
    await act(async () => screen.getByRole('button', { name: '再開' }).click());
    await act(async () => screen.getByRole('button', { name: '実時間' }).click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(299_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    await act(async () => void (await vi.advanceTimersByTimeAsync(1_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(3);
    expect(log.textContent).toContain('社長が出社してきました');
  });
});
