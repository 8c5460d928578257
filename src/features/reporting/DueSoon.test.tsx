import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import DueSoon from './DueSoon';
import { createIncident } from '../../storage';
import { saveAnswer } from '../../storage/reporting-repo';
import { useFreshDB } from '../../storage/test-db';
import { useStore } from '../../app/store';

useFreshDB();

const answers = { personal: 'yes', count: 'over-1000', encrypted: 'no' };

describe('DueSoon', () => {
  it('shows nothing when no deadline is near', async () => {
    const checkDeadlines = useStore.getState().checkDeadlines;
    let asked: ReturnType<typeof checkDeadlines> | undefined;
    useStore.setState({ checkDeadlines: (now) => (asked = checkDeadlines(now)) });
    try {
      const { container } = render(<DueSoon now={new Date('2026-11-26T00:00:00Z')} />);
      // Settled: the check the component asked for has answered, and its answer is rendered.
      await waitFor(() => expect(asked).toBeDefined());
      await act(async () => void (await asked));
      expect((await asked!).items).toEqual([]);
      expect(container.textContent).toBe('');
    } finally {
      useStore.setState({ checkDeadlines });
    }
  });

  it('says a past guideline target in amber words, never 「期限超過」', async () => {
    const { incident } = await createIncident({
      title: '顧客名簿のUSB紛失',
      types: ['leak'],
      causes: ['loss'],
      discoveredAt: '2026-11-20T10:00:00+09:00',
      by: '山田',
      log: '対応を開始',
    });
    for (const [q, value] of Object.entries(answers))
      await saveAnswer({ incidentId: incident.id, questionId: q, value, by: '山田' });
    render(<DueSoon now={new Date('2026-11-26T00:00:00Z')} />);
    const section = await screen.findByRole('region', { name: '期限が近い報告・届出' });
    const link = within(section).getByRole('link', { name: /顧客名簿のUSB紛失/ });
    expect(link.textContent).toMatch(/目安を過ぎています/);
    expect(link.textContent).not.toMatch(/期限超過/);
    expect(link.closest('li')?.classList.contains('overdue')).toBe(false);
  });

  it('lists an overdue legal deadline first, marked in words', async () => {
    const { incident } = await createIncident({
      title: '顧客名簿のUSB紛失',
      types: ['leak'],
      causes: ['loss'],
      discoveredAt: '2026-10-01T10:00:00+09:00',
      by: '山田',
      log: '対応を開始',
    });
    for (const [q, value] of Object.entries(answers))
      await saveAnswer({
        incidentId: incident.id,
        questionId: q,
        value,
        by: '山田',
      });
    render(<DueSoon now={new Date('2026-11-26T00:00:00Z')} />);
    const section = await screen.findByRole('region', { name: '期限が近い報告・届出' });
    const link = within(section).getByRole('link', { name: /顧客名簿のUSB紛失/ });
    expect(link.textContent).toMatch(/⚠ 期限超過/);
    expect(link.getAttribute('href')).toBe(`/incidents/${incident.id}/reporting`);
  });

  it('says 「報告・届出の確認がまだです」 instead of an overdue PPC deadline while unchecked', async () => {
    const { incident } = await createIncident({
      title: '基幹システムの停止',
      types: ['outage'],
      causes: [],
      discoveredAt: '2026-11-01T10:00:00+09:00',
      by: '山田',
      log: '対応を開始',
    });
    render(<DueSoon now={new Date('2026-11-26T00:00:00Z')} />);
    const section = await screen.findByRole('region', { name: '期限が近い報告・届出' });
    const link = within(section).getByRole('link', { name: /基幹システムの停止/ });
    expect(link.textContent).toMatch(/報告・届出の確認がまだです/);
    expect(link.textContent).not.toMatch(/期限超過|個人情報保護委員会/);
    expect(link.getAttribute('href')).toBe(`/incidents/${incident.id}/reporting`);
  });
});

describe('DueSoon with many incidents', () => {
  it('shows a few 「報告・届出の確認がまだです」 and 「ほか N 件」 for the rest', async () => {
    for (let i = 1; i <= 25; i++)
      await createIncident({
        title: `停止${i}`,
        types: ['outage'],
        causes: [],
        discoveredAt: '2026-11-01T10:00:00+09:00',
        by: '山田',
        log: '対応を開始',
      });
    render(<DueSoon now={new Date('2026-11-26T00:00:00Z')} />);
    const section = await screen.findByRole('region', { name: '期限が近い報告・届出' });
    expect(within(section).getAllByRole('link')).toHaveLength(3);
    fireEvent.click(within(section).getByRole('button', { name: /ほか 22 件を表示/ }));
    expect(within(section).getAllByRole('link')).toHaveLength(23);
    fireEvent.click(within(section).getByRole('button', { name: /ほか 2 件を表示/ }));
    expect(within(section).getAllByRole('link')).toHaveLength(25);
    expect(within(section).queryByRole('button')).toBeNull();
  });
});
