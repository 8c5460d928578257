import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { createIncident, listTimeline } from '../../storage';
import { loadReporting } from '../../storage/reporting-repo';
import { useFreshDB } from '../../storage/test-db';

useFreshDB();

const start = async () =>
  (
    await createIncident({
      title: 'USB紛失',
      types: ['leak'],
      causes: ['loss'],
      by: '山田',
      log: '開始',
    })
  ).incident;

describe('reporting slice', () => {
  it('keeps the record in the store as answers and statuses are saved', async () => {
    const { id } = await start();
    const store = useStore.getState();
    await store.loadReporting(id);
    expect(useStore.getState().reporting[id]).toEqual({ answers: {}, statuses: {} });
    await store.saveAnswer(id, 'personal', 'yes');
    expect(useStore.getState().reporting[id]?.answers).toEqual({ personal: 'yes' });
    expect((await loadReporting(id)).answers).toEqual({ personal: 'yes' });
    await store.saveDestinationStatus(id, {
      destinationId: 'rep-ppc',
      deadlineId: 'rep-ppc-prompt',
      label: '個人情報保護委員会',
      deadlineLabel: '速報',
      status: 'done',
      doneAt: '2026-11-27',
    });
    expect(useStore.getState().reporting[id]?.statuses['rep-ppc:rep-ppc-prompt']).toMatchObject({
      status: 'done',
      doneAt: '2026-11-27',
    });
  });

  it("writes the store's responder name, not a fresh read of the database", async () => {
    const { id } = await start();
    useStore.setState({ responderName: '佐藤' });
    try {
      const store = useStore.getState();
      await store.loadReporting(id);
      await store.saveAnswer(id, 'personal', 'no');
      const first = await store.recordDecision(id);
      expect(first.recorded).toBe(true);
      expect(useStore.getState().reporting[id]?.decision).toBe(first.decision);
      expect((await store.recordDecision(id)).recorded).toBe(false);
      const entries = (await listTimeline(id)).filter((e) => e.kind === 'reporting');
      expect(entries.map((e) => e.by)).toEqual(['佐藤']);
    } finally {
      useStore.setState({ responderName: null });
    }
  });

  it('reads an incident without answers as an empty record', async () => {
    await useStore.getState().loadReporting('missing');
    expect(useStore.getState().reporting.missing).toEqual({ answers: {}, statuses: {} });
  });
});
