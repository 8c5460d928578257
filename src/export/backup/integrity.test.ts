// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { verifyBackupIntegrity } from './integrity';
import { sealEntry } from '../../storage/chain';
import type { TimelineEntry } from '../../storage/schema';
import type { BackupFileData } from './format';

/** A backup's data with one incident and `n` timeline entries (chained or not). */
function dataWith(n: number, chained: boolean): BackupFileData {
  let previous: TimelineEntry | undefined;
  const timeline = Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString();
    const entry: TimelineEntry = {
      id: `e${String(i).padStart(6, '0')}`,
      incidentId: 'inc',
      at,
      createdAt: at,
      kind: 'note',
      text: `経過 ${i}`,
      by: '山田',
    };
    return chained ? (previous = sealEntry(entry, previous)) : entry;
  });
  return {
    incidents: [],
    fields: [],
    progress: [],
    timeline,
    reporting: [],
    settings: [],
    evidence: [],
    evidenceFiles: [],
  } as unknown as BackupFileData;
}

/** Runs `job` while counting how often a 0 ms timer got its turn (0: one long task). */
async function turnsDuring<T>(job: () => Promise<T>): Promise<[T, number]> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await job();
  running = false;
  return [result, turns];
}

describe('the chain check of a large backup', () => {
  it('chains a version-1 timeline and verifies it in slices, letting the page run between them', async () => {
    const [{ data, integrity }, turns] = await turnsDuring(() =>
      verifyBackupIntegrity(dataWith(9_000, false), 1, '2026-12-01T00:00:00.000Z'),
    );
    expect(integrity).toMatchObject({ chainsIntact: 1, chainsBroken: [], legacyChained: 9_000 });
    expect(data.timeline.every((e) => e.legacy && e.hash)).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('verifies a version-2 timeline in slices and still finds a changed entry', async () => {
    const file = dataWith(9_000, true);
    const [{ integrity }, turns] = await turnsDuring(() =>
      verifyBackupIntegrity(file, 2, '2026-12-01T00:00:00.000Z'),
    );
    expect(integrity.chainsIntact).toBe(1);
    expect(turns).toBeGreaterThanOrEqual(4);
    file.timeline[5_000] = { ...file.timeline[5_000]!, text: '書き換え' };
    const changed = await verifyBackupIntegrity(file, 2, '2026-12-01T00:00:00.000Z');
    expect(changed.integrity.chainsIntact).toBe(0);
    expect(changed.integrity.chainsBroken).toHaveLength(1);
  });
});
