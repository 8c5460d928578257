import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { appendTimeline, createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import TimelinePage from './TimelinePage';
import { unsavedKey, readUnsaved, writeUnsaved } from '../../ui/unsaved-text';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const start = async (title: string) =>
  (await createIncident({ title, types: ['virus'], causes: [], by: '山田', log: '開始' })).incident;

/** Adds `count` entries 記録1… after the start entry, one minute apart. */
async function addEntries(incidentId: string, count: number) {
  for (let i = 1; i <= count; i++)
    await appendTimeline({
      incidentId,
      text: `記録${i}`,
      by: '山田',
      at: new Date(Date.now() + i * 60_000).toISOString(),
    });
}

describe('a long timeline', () => {
  it('shows the newest 100 entries and 「さらに表示」 reads the older ones a page at a time', async () => {
    const incident = await start('長い記録');
    await addEntries(incident.id, 149);
    render(<TimelinePage id={incident.id} />);
    await screen.findByText('記録149');
    const entries = () => document.querySelectorAll('.timeline-text');
    expect(entries()).toHaveLength(100);
    expect(screen.queryByText('記録49')).toBeNull();
    expect(entries()[0]?.textContent).toBe('記録50');
    fireEvent.click(screen.getByRole('button', { name: /さらに表示（前の記録 あと 50 件）/ }));
    await waitFor(() => expect(entries()).toHaveLength(150));
    expect(entries()[0]?.textContent).toBe('開始');
    expect(entries()[49]?.textContent).toBe('記録49');
    expect(screen.queryByRole('button', { name: /さらに表示/ })).toBeNull();
  });

  it('adding an entry keeps what is shown and adds the new one', async () => {
    const incident = await start('記録');
    render(<TimelinePage id={incident.id} />);
    fireEvent.input(await screen.findByLabelText('できごとを記録'), {
      target: { value: '社長に報告' },
    });
    fireEvent.click(screen.getByRole('button', { name: '記録する' }));
    await waitFor(() => expect(document.querySelectorAll('.timeline-text')).toHaveLength(2));
  });
});

describe('an unsent timeline entry', () => {
  it('comes back after a reload and is forgotten once recorded', async () => {
    const incident = await start('記録');
    const key = unsavedKey(incident.id, 'timeline-new');
    writeUnsaved(key, { value: '再読み込み前に書いた文', base: null });
    render(<TimelinePage id={incident.id} />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('できごとを記録');
    await waitFor(() => expect(box.value).toBe('再読み込み前に書いた文'));
    expect(screen.getByText(/^未記録：/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '記録する' }));
    await waitFor(() => expect(readUnsaved(key)).toBeNull());
    expect([...document.querySelectorAll('.timeline-text')].map((p) => p.textContent)).toContain(
      '再読み込み前に書いた文',
    );
  });
});

describe('adding to a long timeline', () => {
  it('an entry older than the shown page is counted, and shown once with the older page', async () => {
    const incident = await start('長い記録');
    await addEntries(incident.id, 120);
    const store = useStore.getState();
    await store.loadIncident(incident.id);
    await store.addTimelineEntry(incident.id, '前日のできごと', '2026-01-01T00:00:00.000Z');
    await store.addTimelineEntry(incident.id, '最新のできごと', '2099-01-01T00:00:00.000Z');
    let open = useStore.getState().openIncident!;
    expect(open.timelineTotal).toBe(123);
    expect(open.timeline).toHaveLength(101);
    expect(open.timeline.map((e) => e.text)).not.toContain('前日のできごと');
    await store.loadOlderTimeline(incident.id);
    open = useStore.getState().openIncident!;
    expect(open.timeline).toHaveLength(123);
    expect(open.timeline.filter((e) => e.text === '前日のできごと')).toHaveLength(1);
    expect(open.timeline[0]?.text).toBe('前日のできごと');
    expect(open.timeline.at(-1)?.text).toBe('最新のできごと');
  });
});
