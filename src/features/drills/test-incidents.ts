/** Tests only: drill and real incidents with ticks at set minutes after 発覚. */
import { createIncident, setProgress } from '../../storage';

/** Starts an incident (a drill when `drill` is given), discovered `minutesAgo` minutes ago. */
export const newIncident = async (
  opts: { types?: string[]; causes?: string[]; drill?: string; minutesAgo?: number } = {},
) =>
  (
    await createIncident({
      title: opts.drill ? '訓練：テスト' : '本番',
      types: opts.types ?? ['ransomware'],
      causes: opts.causes ?? [],
      discoveredAt: new Date(Date.now() - (opts.minutesAgo ?? 0) * 60_000).toISOString(),
      by: '山田',
      log: '対応を開始',
      drill: opts.drill,
    })
  ).incident;

/** Ticks one item as done `minutes` after 発覚. */
export const tickAfter = (
  incident: { id: string; discoveredAt: string },
  itemId: string,
  minutes: number,
) =>
  setProgress(
    {
      incidentId: incident.id,
      itemId,
      state: 'done',
      by: '山田',
      at: new Date(Date.parse(incident.discoveredAt) + minutes * 60_000).toISOString(),
    },
    { text: '済' },
  );
