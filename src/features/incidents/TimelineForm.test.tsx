import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { createIncident, loadIncidentSnapshot } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import TimelinePage from './TimelinePage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timeline form', () => {
  it('an entry without a chosen time gets the time it was saved, not when the page opened', async () => {
    vi.setSystemTime(new Date('2026-11-20T00:00:00.000Z'));
    const { incident } = await createIncident({
      title: '経理PC',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    const user = userEvent.setup();
    render(<TimelinePage id={incident.id} />);
    const text = await screen.findByLabelText('できごとを記録');
    expect(screen.getByLabelText<HTMLInputElement>('いつ（日本時間）').value).toBe('');
    expect(screen.getByText(/空欄なら記録した時刻/)).toBeTruthy();
    // The page stays open for two hours before the entry is written.
    vi.setSystemTime(new Date('2026-11-20T02:00:00.000Z'));
    await user.type(text, '社長に報告');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    await screen.findByText('社長に報告');
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.timeline.find((t) => t.text === '社長に報告')?.at).toBe(
      '2026-11-20T02:00:00.000Z',
    );
  });

  it('a chosen time is kept', async () => {
    const { incident } = await createIncident({
      title: '経理PC',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    const user = userEvent.setup();
    render(<TimelinePage id={incident.id} />);
    await user.type(await screen.findByLabelText('できごとを記録'), '異常に気付いた');
    const at = screen.getByLabelText<HTMLInputElement>('いつ（日本時間）');
    await user.type(at, '2026-11-19T08:30');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    await screen.findByText('異常に気付いた');
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.timeline.find((t) => t.text === '異常に気付いた')?.at).toBe(
      '2026-11-18T23:30:00.000Z',
    );
    expect(at.value).toBe('');
  });

  it('a time later than now is refused with a message, and nothing typed is lost', async () => {
    vi.setSystemTime(new Date('2026-12-06T01:00:00.000Z'));
    const { incident } = await createIncident({
      title: '経理PC',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    const user = userEvent.setup();
    render(<TimelinePage id={incident.id} />);
    const text = await screen.findByLabelText('できごとを記録');
    await user.type(text, '業者に連絡');
    const at = screen.getByLabelText<HTMLInputElement>('いつ（日本時間）');
    // A year typed wrong: 2027 for 2026.
    await user.type(at, '2027-12-06T09:30');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/未来の日時になっています/);
    expect((text as HTMLTextAreaElement).value).toBe('業者に連絡');
    expect(at.value).toBe('2027-12-06T09:30');
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.timeline.map((t) => t.text)).toEqual(['対応を開始']);

    // Corrected, it is recorded.
    await user.clear(at);
    await user.type(at, '2026-12-06T09:30');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    await screen.findByText('業者に連絡');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
