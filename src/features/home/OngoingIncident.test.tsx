import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { OngoingIncident } from './OngoingIncident';
import { createIncident, updateIncidentStatus } from '../../storage';
import { useFreshDB } from '../../storage/test-db';

useFreshDB();

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
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });

  it('offers the most recently active open incident, one tap away', async () => {
    await createIncident({
      title: '古い件',
      types: ['virus'],
      causes: [],
      by: '山田',
      log: '開始',
    });
    await new Promise((r) => setTimeout(r, 5));
    const { incident } = await createIncident({
      title: '共有フォルダが暗号化',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '開始',
    });
    render(<OngoingIncident />);
    const region = await screen.findByRole('region', { name: '対応中の記録' });
    expect(region.textContent).toContain('共有フォルダが暗号化');
    expect(region.textContent).not.toContain('古い件');
    expect(screen.getByRole('link', { name: '続きを開く' }).getAttribute('href')).toBe(
      `/incidents/${incident.id}`,
    );
  });
});
