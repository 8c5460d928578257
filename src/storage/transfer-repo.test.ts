// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIncident } from './incidents';
import { addEvidence } from './evidence';
import { readIncidentForTransfer } from './transfer-repo';
import { useFreshDB } from './test-db';
import { incidentsEvidence } from '../i18n/ja/incidents-evidence';

const start = async (title: string) =>
  (await createIncident({ title, types: [], causes: [], by: '山田', log: '開始' })).incident;

describe('readIncidentForTransfer', () => {
  useFreshDB();

  it('carries the incident’s evidence and files, and nothing of another incident', async () => {
    const sent = await start('送る記録');
    const kept = await start('残る記録');
    const photo = new Blob([Uint8Array.from([1, 2, 3, 4])], { type: 'image/png' });
    await addEvidence({
      words: incidentsEvidence.ja,
      incidentId: sent.id,
      file: photo,
      name: 'a.png',
      by: '山田',
      note: '',
    });
    await addEvidence({
      words: incidentsEvidence.ja,
      incidentId: kept.id,
      file: photo,
      name: 'b.png',
      by: '山田',
      note: '',
    });

    const transfer = await readIncidentForTransfer(sent.id);
    expect(transfer?.evidence.map((e) => e.name)).toEqual(['a.png']);
    expect(transfer?.evidenceFiles.map((f) => f.incidentId)).toEqual([sent.id]);
    // Its own timeline entries carry this phone, so the other phone verifies them as a chain apart.
    expect(transfer?.timeline.length).toBeGreaterThan(0);
    expect(transfer?.timeline.every((e) => e.via?.device)).toBe(true);
  });

  it('finds nothing for an unknown incident', async () => {
    expect(await readIncidentForTransfer('none')).toBeUndefined();
  });
});
