import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OngoingIncident } from './OngoingIncident';
import { countOpenIncidents } from './open-incidents';
import { createIncident, updateIncidentStatus } from '../../storage';
import { useFreshDB } from '../../storage/test-db';

useFreshDB();

// The real reads, watched: a test of "nothing shown" waits until the count has answered.
vi.mock('./open-incidents', async (importOriginal) => {
  const real = await importOriginal<typeof import('./open-incidents')>();
  return { ...real, countOpenIncidents: vi.fn(real.countOpenIncidents) };
});

afterEach(() => {
  vi.mocked(countOpenIncidents).mockClear();
  vi.useRealTimers();
});

describe('OngoingIncident', () => {
  it('shows nothing when no incident is open', async () => {
    const { incident } = await createIncident({
      title: '済んだ件',
      types: ['virus'],
      causes: [],
      by: '山田',
      log: '開始',
    });
    await updateIncidentStatus(incident.id, 'closed', { text: '完了', by: '山田' });
    const { container } = render(<OngoingIncident />);
    const counted = vi.mocked(countOpenIncidents);
    await waitFor(() => expect(counted).toHaveBeenCalled());
    // Settled: the count has answered (no open incident) and its answer is rendered.
    const count = counted.mock.results[0]!.value as Promise<number>;
    await act(async () => void (await count));
    expect(await count).toBe(0);
    expect(container.textContent).toBe('');
  });

  it('offers the most recently active open incident, one tap away', async () => {
    // Two moments apart, by the clock rather than a pause: the later one is the latest.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    await createIncident({
      title: '古い件',
      types: ['virus'],
      causes: [],
      by: '山田',
      log: '開始',
    });
    vi.setSystemTime(new Date('2026-12-01T09:05:00Z'));
    const { incident } = await createIncident({
      title: '共有フォルダが暗号化',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '開始',
    });
    vi.useRealTimers();
    render(<OngoingIncident />);
    const region = await screen.findByRole('region', { name: '対応中の記録' });
    expect(region.querySelector('strong')?.textContent).toBe('共有フォルダが暗号化');
    expect(screen.getByRole('link', { name: '続きを開く' }).getAttribute('href')).toBe(
      `/incidents/${incident.id}`,
    );
    // The older one is listed below it.
    expect(within(region).getByRole('link', { name: '古い件' })).toBeTruthy();
  });

  it('lists every open incident newest first, folded with 「ほか N 件」 read page by page', async () => {
    for (let i = 1; i <= 27; i++) {
      await createIncident({
        title: `件${i}`,
        types: ['virus'],
        causes: [],
        by: '山田',
        log: '開始',
      });
    }
    const closed = await createIncident({
      title: '済',
      types: ['virus'],
      causes: [],
      by: '山田',
      log: '開始',
    });
    await updateIncidentStatus(closed.incident.id, 'closed', { text: '完了', by: '山田' });
    render(<OngoingIncident />);
    const region = await screen.findByRole('region', { name: '対応中の記録' });
    const titles = () =>
      within(region)
        .getAllByRole('link')
        .map((a) => a.textContent);
    expect(titles()).toEqual(['続きを開く', '件26', '件25', '件24']);
    fireEvent.click(within(region).getByRole('button', { name: /ほか 23 件を表示/ }));
    await waitFor(() => expect(titles()).toHaveLength(24));
    expect(titles()[23]).toBe('件4');
    fireEvent.click(within(region).getByRole('button', { name: /ほか 3 件を表示/ }));
    await waitFor(() => expect(titles()).toHaveLength(27));
    expect(titles().slice(-1)).toEqual(['件1']);
    expect(titles()).not.toContain('済');
    expect(within(region).queryByRole('button', { name: /ほか/ })).toBeNull();
  });
});
