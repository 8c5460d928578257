// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createIncident, listFields, listTimeline, putField } from './index';
import { useFreshDB } from './test-db';

useFreshDB();

const start = async () =>
  (await createIncident({ title: '事案', types: ['virus'], causes: [], by: '山田', log: '開始' }))
    .incident;

describe('putField compare-and-set', () => {
  it('a save over a newer text keeps that text in the timeline as a conflict', async () => {
    const incident = await start();
    const first = await putField({
      incidentId: incident.id,
      fieldId: 'event',
      value: '元',
      by: 'A',
      base: null,
    });
    // Two tabs both start from `first`; tab B saves first, tab A later.
    const b = await putField({
      incidentId: incident.id,
      fieldId: 'event',
      value: 'Bの文',
      by: 'B',
      base: first.field.updatedAt,
    });
    expect(b.overwritten).toBeNull();
    const a = await putField({
      incidentId: incident.id,
      fieldId: 'event',
      value: 'Aの文',
      by: 'A',
      base: first.field.updatedAt,
      conflictLog: (other) => `上書き前：${other.value}`,
    });
    expect(a.overwritten?.value).toBe('Bの文');
    expect((await listFields(incident.id))[0]?.value).toBe('Aの文');
    const conflicts = (await listTimeline(incident.id)).filter((e) => e.kind === 'conflict');
    expect(conflicts).toMatchObject([{ text: '上書き前：Bの文', by: 'B' }]);
  });

  it('a save from the stored version records nothing extra', async () => {
    const incident = await start();
    const one = await putField({
      incidentId: incident.id,
      fieldId: 'event',
      value: '1',
      by: 'A',
      base: null,
    });
    const two = await putField({
      incidentId: incident.id,
      fieldId: 'event',
      value: '2',
      by: 'A',
      base: one.field.updatedAt,
    });
    expect(two.overwritten).toBeNull();
    expect((await listTimeline(incident.id)).map((e) => e.kind)).toEqual(['created']);
  });
});
