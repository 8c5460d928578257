import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { getIncident } from '../../storage';
import { newIncident, tickAfter } from './test-incidents';
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
    const drill = await newIncident({ drill: 'ransomware-monday' });
    const { unmount } = render(<IncidentPage id={drill.id} />);
    expect((await screen.findByRole('note')).textContent).toContain('訓練');
    unmount();
    render(<RecordPage id={drill.id} />);
    expect((await screen.findByRole('note')).textContent).toContain(
      '実際のインシデントではありません',
    );
  });

  it('is absent for a real incident', async () => {
    const incident = await newIncident();
    render(<IncidentPage id={incident.id} />);
    await screen.findByRole('heading', { level: 1, name: '本番' });
    expect(screen.queryByText(/訓練/)).toBeNull();
  });
});

describe('the drill clock', () => {
  it('shows injects at their time, ×10 faster, and stops while paused', async () => {
    const drill = await newIncident({ drill: 'ransomware-monday' });
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
    await act(async () => void (await vi.advanceTimersByTimeAsync(2_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(log.textContent).toContain('T+3分・電話');
    expect(screen.getByLabelText('訓練の経過時間').textContent).toMatch(/^T\+3:[0-5]\d$/);
    // Paused: nothing more arrives, however long it waits.
    await act(async () => screen.getByRole('button', { name: '一時停止' }).click());
    const pausedAt = screen.getByLabelText('訓練の経過時間').textContent;
    await act(async () => void (await vi.advanceTimersByTimeAsync(600_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByLabelText('訓練の経過時間').textContent).toBe(pausedAt);
    // Resumed at real speed: T+8 is five real minutes away.
    await act(async () => screen.getByRole('button', { name: '再開' }).click());
    await act(async () => screen.getByRole('button', { name: '実時間' }).click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(280_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    await act(async () => void (await vi.advanceTimersByTimeAsync(30_000)));
    expect(within(log).getAllByRole('listitem')).toHaveLength(3);
    expect(log.textContent).toContain('社長が出社してきました');
  });
});

describe('the debrief', () => {
  it('appears when the planned time is over: durations against targets, steps not ticked', async () => {
    const incident = await newIncident({
      types: ['leak'],
      causes: ['loss'],
      drill: 'lost-usb',
      minutesAgo: 30,
    });
    await tickAfter(incident, 'basic-report-to-management', 14);
    await tickAfter(incident, 'leak-check-what-leaked', 14);
    saveClock(incident.id, { speed: 1, elapsed: 20 * 60_000, since: null });
    render(<DrillRunPage id={incident.id} />);
    const debrief = await screen.findByRole('region', { name: 'ふりかえり' });
    const times = within(debrief).getByRole('region', { name: 'かかった時間（発覚から）' });
    // 経営者への報告 took 14 minutes against a target of 10.
    expect(times.textContent).toContain('経営者への報告14分（目安 10分・超過）');
    expect(times.textContent).toContain('報告・届出の判断まだです（目安 20分・超過）');
    // Expected steps of the injects that were not ticked, in the guide's words.
    const missed = within(debrief).getByRole('heading', {
      name: 'チェックされなかった手順',
    }).nextElementSibling!;
    expect(missed.textContent).toContain(
      '外部から通報を受け付けた場合は、通報者の連絡先等を控えます。',
    );
    expect(missed.textContent).not.toContain('漏えいした情報の種類や件数');
    // The model answer gives the guide's own text of its items.
    expect(debrief.textContent).toContain('漏えいした情報の種類や件数');
  });
});

describe('durations on the incident page', () => {
  it('appear once a measured step is done, for real incidents too', async () => {
    const incident = await newIncident({ minutesAgo: 60 });
    const { unmount } = render(<IncidentPage id={incident.id} />);
    await screen.findByRole('region', { name: 'チェックリスト' });
    expect(screen.queryByRole('region', { name: 'かかった時間（発覚から）' })).toBeNull();
    unmount();
    await tickAfter(incident, 'ransomware-isolate', 65);
    render(<IncidentPage id={incident.id} />);
    const times = await screen.findByRole('region', { name: 'かかった時間（発覚から）' });
    expect(times.textContent).toContain('最初の初動対応1時間5分');
    expect(times.textContent).not.toContain('経営者への報告');
  });
});

describe('ending a drill early', () => {
  it('asks first, then shows the debrief now with the durations measured up to that moment', async () => {
    const user = userEvent.setup();
    const incident = await newIncident({
      types: ['leak'],
      causes: ['loss'],
      drill: 'lost-usb',
      minutesAgo: 15,
    });
    await tickAfter(incident, 'basic-report-to-management', 6);
    // Started 15 minutes ago at real speed; the scenario plans 20.
    saveClock(incident.id, startClock(1, Date.now() - 15 * 60_000));
    render(<DrillRunPage id={incident.id} />);
    await screen.findByRole('heading', { name: '訓練の進行' });
    expect(screen.queryByRole('region', { name: 'ふりかえり' })).toBeNull();

    await user.click(screen.getByRole('button', { name: '訓練を終える…' }));
    await user.click(screen.getByRole('button', { name: 'やめる' }));
    expect(screen.queryByRole('region', { name: 'ふりかえり' })).toBeNull();
    expect(screen.getByLabelText('訓練の経過時間').textContent).toMatch(/^T\+15:/);

    await user.click(screen.getByRole('button', { name: '訓練を終える…' }));
    await user.click(screen.getByRole('button', { name: '訓練を終える' }));
    const debrief = await screen.findByRole('region', { name: 'ふりかえり' });
    const said = screen.getAllByRole('status').map((e) => e.textContent);
    expect(said).toContainEqual(
      expect.stringMatching(/訓練を T\+15:\d\d で終えました（予定 20 分）/),
    );
    const times = within(debrief).getByRole('region', { name: 'かかった時間（発覚から）' });
    expect(times.textContent).toContain('経営者への報告6分');
    expect(screen.queryByRole('button', { name: '一時停止' })).toBeNull();
    // Kept across a reload: the clock stays ended.
    const clock = JSON.parse(localStorage.getItem(`incident-navi:drill-clock:${incident.id}`)!);
    expect(clock).toMatchObject({ since: null, elapsed: 20 * 60_000 });
  });
});
