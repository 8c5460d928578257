import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { appendTimeline, createIncident, getDB } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import TimelinePage from './TimelinePage';
import IncidentPage from './IncidentPage';
import { checkIncidentChain } from './chain-slice';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const start = async () =>
  (await createIncident({ title: '検証', types: ['virus'], causes: [], by: '山田', log: '開始' }))
    .incident;

describe('対応経過 shows the state of the hash chain', () => {
  it('says the record is intact with the count, and counts a new entry', async () => {
    const incident = await start();
    await appendTimeline({ incidentId: incident.id, text: 'LANケーブルを抜いた', by: '山田' });
    render(<TimelinePage id={incident.id} />);
    expect(await screen.findByText(/記録は改ざんされていません（2件を確認）/)).toBeTruthy();
    fireEvent.input(await screen.findByLabelText('できごとを記録'), {
      target: { value: '社長に報告' },
    });
    fireEvent.click(screen.getByRole('button', { name: '記録する' }));
    expect(await screen.findByText(/記録は改ざんされていません（3件を確認）/)).toBeTruthy();
  });

  it('names the entry changed directly in the database, and since when', async () => {
    const incident = await start();
    const entry = await appendTimeline({
      incidentId: incident.id,
      text: 'LANケーブルを抜いた',
      by: '山田',
    });
    const db = await getDB();
    await db.put('timeline', { ...entry, text: 'LANケーブルは抜いていない' });
    render(<TimelinePage id={incident.id} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('記録の連続性が崩れています');
    expect(alert.textContent).toContain('「LANケーブルは抜いていない」から先は確認できません');
    expect(alert.textContent).toContain('書かれたあとに変更されています');
    await waitFor(() => expect(screen.queryByText(/改ざんされていません/)).toBeNull());
  });
});

describe('the checklist page verifies the chain when it opens', () => {
  it('says nothing while the chain is intact, and shows a break plainly', async () => {
    const incident = await start();
    const entry = await appendTimeline({
      incidentId: incident.id,
      text: '電源は切らない',
      by: '山田',
    });
    const { unmount } = render(<IncidentPage id={incident.id} />);
    expect(await screen.findByRole('heading', { name: 'チェックリスト', level: 2 })).toBeTruthy();
    // The check has run (the timeline page's check of the same chain says intact) and the
    // checklist page shows no status line for it.
    expect(await checkIncidentChain(incident.id)).toMatchObject({ ok: true });
    expect(screen.queryByText(/改ざん/)).toBeNull();
    expect(screen.queryByText(/連続性/)).toBeNull();
    unmount();

    await (await getDB()).put('timeline', { ...entry, text: '電源を切った' });
    render(<IncidentPage id={incident.id} />);
    const alert = await screen.findByText(/記録の連続性が崩れています/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain(
      '「電源を切った」から先は確認できません',
    );
  });
});
