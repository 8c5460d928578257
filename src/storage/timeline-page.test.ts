// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { appendTimeline, createIncident, listOlderTimeline, loadIncidentView } from './index';
import { useFreshDB } from './test-db';

useFreshDB();

describe('timeline pages', () => {
  it('reads the newest page, then older pages, each entry exactly once (equal times too)', async () => {
    const { incident } = await createIncident({
      title: '長い記録',
      types: ['virus'],
      causes: [],
      by: '山田',
      discoveredAt: '2026-11-01T00:00:00.000Z',
      log: '開始',
    });
    // Many entries share one time: the page boundary falls among them.
    for (let i = 0; i < 23; i++)
      await appendTimeline({
        incidentId: incident.id,
        text: `記録${i}`,
        by: '山田',
        at: new Date(Date.now() + 60_000 + (i % 3) * 1000).toISOString(),
      });
    const view = await loadIncidentView(incident.id, 10);
    expect(view?.timelineTotal).toBe(24);
    expect(view?.timeline.entries).toHaveLength(10);
    const seen = [...view!.timeline.entries];
    let older = view!.timeline.older;
    while (older) {
      const page = await listOlderTimeline(incident.id, older, 10);
      seen.unshift(...page.entries);
      older = page.older;
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen.map((e) => e.id)).size).toBe(24);
    // Oldest first by when it happened.
    const ats = seen.map((e) => e.at);
    expect(ats).toEqual([...ats].sort());
    expect(seen[0]?.kind).toBe('created');
  });
});
