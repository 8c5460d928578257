import { describe, expect, it, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';

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
});
