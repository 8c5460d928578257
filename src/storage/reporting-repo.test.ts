// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIncident, listTimeline, updateIncidentStatus } from './index';
import {
  loadOpenReporting,
  loadReporting,
  recordDecision,
  saveAnswer,
  saveDestinationStatus,
} from './reporting-repo';
import { useFreshDB } from './test-db';
import { reporting } from '../i18n/ja/reporting';

useFreshDB();

async function newIncident(title = '顧客情報の漏えい') {
  const { incident } = await createIncident({
    title,
    types: ['leak'],
    causes: [],
    discoveredAt: '2026-11-25T10:00:00+09:00',
    log: '記録を開始',
    by: '山田',
  });
  return incident;
}

describe('reporting repository', () => {
  it('saves answers keyed q:<id> without writing to the timeline', async () => {
    const incident = await newIncident();
    const before = (await listTimeline(incident.id)).length;
    for (const [questionId, value] of [
      ['personal', 'yes'],
      ['count', 'up-to-100'],
      ['count', 'over-1000'],
    ])
      await saveAnswer({ incidentId: incident.id, questionId, value, by: '山田' });
    const record = await loadReporting(incident.id);
    expect(record.answers).toEqual({ personal: 'yes', count: 'over-1000' });
    expect(record.decision).toBeUndefined();
    expect(await listTimeline(incident.id)).toHaveLength(before);
  });

  it('records the decision on request, only when it changed', async () => {
    const incident = await newIncident();
    await saveAnswer({ incidentId: incident.id, questionId: 'personal', value: 'yes', by: '山田' });
    const a = await recordDecision({ incidentId: incident.id, decide: () => '判断A', by: '山田' });
    const b = await recordDecision({ incidentId: incident.id, decide: () => '判断A', by: '山田' });
    const c = await recordDecision({ incidentId: incident.id, decide: () => '判断B', by: '山田' });
    expect([a, b, c].map((x) => x.recorded)).toEqual([true, false, true]);
    expect((await loadReporting(incident.id)).decision).toBe('判断B');
    const reporting = (await listTimeline(incident.id)).filter((e) => e.kind === 'reporting');
    expect(reporting.map((e) => e.text)).toEqual(['判断A', '判断B']);
  });

  it('computes the decision from every stored answer, also those saved in another tab', async () => {
    const incident = await newIncident();
    const decide = (answers: Record<string, string>, i: { title: string }) =>
      `${i.title}:${Object.entries(answers)
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join(',')}`;
    // Tab 1 answers 「個人情報」; tab 2, which never saw it, answers 「何人分」 and records.
    await saveAnswer({ incidentId: incident.id, questionId: 'personal', value: 'yes', by: '山田' });
    await saveAnswer({
      incidentId: incident.id,
      questionId: 'count',
      value: 'over-1000',
      by: '佐藤',
    });
    const r = await recordDecision({ incidentId: incident.id, decide, by: '佐藤' });
    expect(r.decision).toBe('顧客情報の漏えい:count=over-1000,personal=yes');
    const reporting = (await listTimeline(incident.id)).filter((e) => e.kind === 'reporting');
    expect(reporting.at(-1)?.text).toBe(r.decision);
  });

  it('saves a destination status keyed d:<id> with date and memo, and logs it', async () => {
    const incident = await newIncident();
    await saveDestinationStatus({
      words: reporting.ja,
      incidentId: incident.id,
      destinationId: 'rep-ppc',
      label: '個人情報保護委員会',
      status: 'done',
      doneAt: '2026-11-27',
      memo: ' 受付番号 123 ',
      by: '山田',
    });
    expect((await loadReporting(incident.id)).statuses['rep-ppc']).toMatchObject({
      status: 'done',
      doneAt: '2026-11-27',
      memo: '受付番号 123',
    });
    await saveDestinationStatus({
      words: reporting.ja,
      incidentId: incident.id,
      destinationId: 'rep-ppc',
      label: '個人情報保護委員会',
      status: 'todo',
      by: '山田',
    });
    const s = (await loadReporting(incident.id)).statuses['rep-ppc'];
    expect(s.status).toBe('todo');
    expect(s.doneAt).toBeUndefined();
    // A status change is its own kind (v3), not a reporting decision.
    const texts = (await listTimeline(incident.id))
      .filter((e) => e.kind === 'reporting-status')
      .map((e) => e.text);
    expect(texts[0]).toMatch(/対応済み.*2026-11-27.*受付番号 123/);
    expect(texts[1]).toMatch(/未対応に戻しました/);
  });

  it('saves one status per deadline keyed d:<dest>:<deadline>, next to old d:<dest> rows', async () => {
    const incident = await newIncident();
    await saveDestinationStatus({
      words: reporting.ja,
      incidentId: incident.id,
      destinationId: 'rep-ppc',
      deadlineId: 'rep-ppc-prompt',
      label: '個人情報保護委員会',
      deadlineLabel: '速報',
      status: 'done',
      doneAt: '2026-11-27',
      by: '山田',
    });
    const { statuses } = await loadReporting(incident.id);
    expect(statuses['rep-ppc:rep-ppc-prompt']).toMatchObject({
      status: 'done',
      doneAt: '2026-11-27',
    });
    expect(statuses['rep-ppc']).toBeUndefined();
    expect(statuses['rep-ppc:rep-ppc-final']).toBeUndefined();
    const texts = (await listTimeline(incident.id)).filter((e) => e.kind === 'reporting-status');
    expect(texts.at(-1)?.text).toMatch(
      /「個人情報保護委員会」の速報を対応済みにしました（2026-11-27）/,
    );
  });

  it('fails without writing anything for an unknown incident', async () => {
    await expect(
      saveAnswer({
        incidentId: 'missing',
        questionId: 'personal',
        value: 'yes',
        by: '山田',
      }),
    ).rejects.toThrow(/見つかりませんでした/);
    expect((await loadReporting('missing')).answers).toEqual({});
  });

  it('lists open incidents with their records, not closed ones', async () => {
    const open = await newIncident('開いている');
    const closed = await newIncident('完了');
    await updateIncidentStatus(closed.id, 'closed', { text: '完了', by: '山田' });
    await saveAnswer({
      incidentId: open.id,
      questionId: 'personal',
      value: 'no',
      by: '山田',
    });
    const rows = await loadOpenReporting();
    expect(rows.map((r) => r.incident.title)).toEqual(['開いている']);
    expect(rows[0].record.answers.personal).toBe('no');
  });
});
