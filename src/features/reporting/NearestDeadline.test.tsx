import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { createIncident } from '../../storage';
import { CHANNEL_NAME } from '../../storage/broadcast';
import { loadReporting, saveDestinationStatus } from '../../storage/reporting-repo';
import { useFreshDB } from '../../storage/test-db';
import { USB_LOST, writeAnswers } from './test-answers';
import { NearestDeadline } from './NearestDeadline';
import { reporting } from '../../i18n/ja/reporting';

useFreshDB();

const NOW = new Date('2026-11-26T00:00:00Z');

async function leak(discoveredAt = '2026-11-25T10:00:00+09:00') {
  const { incident } = await createIncident({
    title: '顧客名簿のUSB紛失',
    types: ['leak'],
    causes: ['loss'],
    discoveredAt,
    by: '山田',
    log: '対応を開始',
  });
  await writeAnswers(incident.id, USB_LOST);
  return incident;
}

describe('NearestDeadline', () => {
  it('follows a new 発覚日時 passed in on the same page', async () => {
    const incident = await leak();
    const { rerender } = render(<NearestDeadline incident={incident} now={NOW} />);
    await screen.findByText(/2026年11月27日/);
    rerender(
      <NearestDeadline
        incident={{ ...incident, discoveredAt: '2026-11-01T10:00:00+09:00' }}
        now={NOW}
      />,
    );
    // Only the 速報 (a guideline target) has passed: amber words, never 「期限超過」.
    await screen.findByText(/目安を過ぎています/);
    expect(screen.queryByText(/期限超過/)).toBeNull();
    expect(document.querySelector('.reporting-nearest')?.classList.contains('overdue')).toBe(false);
    // The legal 確報 past its date is 「期限超過」, shown before the older 速報 target.
    rerender(
      <NearestDeadline
        incident={{ ...incident, discoveredAt: '2026-10-01T10:00:00+09:00' }}
        now={NOW}
      />,
    );
    await screen.findByText(/⚠ 期限超過/);
    expect(screen.getByText('確報')).toBeTruthy();
  });

  it('refreshes when another tab saves a status of this incident', async () => {
    const incident = await leak();
    render(<NearestDeadline incident={incident} now={NOW} />);
    const link = await screen.findByRole('link', { name: /速報/ });
    // Short and structured: destination once, label, date, days left and a 目安 chip.
    expect(link.textContent).toBe(
      '次の期限 個人情報保護委員会への報告 速報 2026年11月27日（金） あと 1 日 目安',
    );
    await saveDestinationStatus({
      words: reporting.ja,
      incidentId: incident.id,
      destinationId: 'rep-ppc',
      deadlineId: 'rep-ppc-prompt',
      label: '個人情報保護委員会',
      deadlineLabel: '速報',
      status: 'done',
      by: '山田',
    });
    expect((await loadReporting(incident.id)).statuses['rep-ppc:rep-ppc-prompt']).toBeTruthy();
    // What the other tab posts after its commit.
    const other = new BroadcastChannel(CHANNEL_NAME);
    other.postMessage({
      type: 'changed',
      source: 'other-tab',
      incidentId: incident.id,
      part: 'reporting',
    });
    await waitFor(() =>
      expect(screen.getByRole('link').textContent).toMatch(/確報 2026年12月24日（木） .* 法令$/),
    );
    other.close();
  });

  it('says 「報告・届出の確認がまだです」 until the personal-data question is answered', async () => {
    const { incident } = await createIncident({
      title: 'システム停止',
      types: ['outage'],
      causes: [],
      discoveredAt: '2026-11-01T10:00:00+09:00',
      by: '山田',
      log: '対応を開始',
    });
    render(<NearestDeadline incident={incident} now={NOW} />);
    await screen.findByText('報告・届出の確認がまだです');
    const link = screen.getByRole('link', { name: '報告・届出を確認する' });
    expect(link.getAttribute('href')).toBe(`/incidents/${incident.id}/reporting`);
    expect(screen.queryByText(/期限超過/)).toBeNull();
  });
});
