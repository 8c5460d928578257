import { describe, expect, it } from 'vitest';
import { getSetting } from './settings';
import {
  listDrillDebriefs,
  MAX_DEBRIEFS,
  saveDrillDebrief,
  type DrillDebrief,
} from './drill-debriefs';
import { useFreshDB } from './test-db';
import { readAllForBackup, restoreBackupData } from './backup-repo';
import { closeDB } from './db';
import { decide } from '../export/backup/merge';

useFreshDB();

const debrief = (incidentId: string, startedAt: string, management?: number): DrillDebrief => ({
  incidentId,
  scenarioId: 'lost-usb',
  startedAt,
  savedAt: startedAt,
  durations: management === undefined ? {} : { management },
  missed: ['leak-check-what-leaked'],
  answers: { personal: 'yes' },
});

describe('kept drill debriefs', () => {
  it('are empty at first, then kept oldest first, one per drill', async () => {
    expect(await listDrillDebriefs()).toEqual([]);
    await saveDrillDebrief(debrief('b', '2026-11-02T00:00:00.000Z'));
    await saveDrillDebrief(debrief('a', '2026-11-01T00:00:00.000Z'));
    // Saved again after a late tick: replaced, not added.
    await saveDrillDebrief(debrief('b', '2026-11-02T00:00:00.000Z', 12));
    const kept = await listDrillDebriefs();
    expect(kept.map((d) => [d.incidentId, d.durations.management])).toEqual([
      ['a', undefined],
      ['b', 12],
    ]);
    // In the settings store, under their own frozen key.
    expect(await getSetting('drill-debriefs')).toEqual(kept);
  });

  it('keep the newest when there are too many', async () => {
    for (let i = 0; i <= MAX_DEBRIEFS; i++)
      await saveDrillDebrief(
        debrief(`d${i}`, new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString()),
      );
    const kept = await listDrillDebriefs();
    expect(kept).toHaveLength(MAX_DEBRIEFS);
    expect(kept[0]!.incidentId).toBe('d1');
  });

  it('move to a new phone with a backup, joining the ones kept there (a later save wins)', async () => {
    await saveDrillDebrief(debrief('a', '2026-11-01T00:00:00.000Z', 20));
    await saveDrillDebrief(debrief('b', '2026-11-02T00:00:00.000Z', 15));
    const data = await readAllForBackup();
    await closeDB();
    globalThis.indexedDB = new IDBFactory();
    // The new phone already ran a drill of its own, and saved 'b' again later.
    await saveDrillDebrief(debrief('c', '2026-11-03T00:00:00.000Z', 9));
    await saveDrillDebrief({
      ...debrief('b', '2026-11-02T00:00:00.000Z', 11),
      savedAt: '2099-01-01T00:00:00.000Z',
    });
    // A malformed debrief in the file is left out, the rest still joins.
    const settings = data.settings.map((row) =>
      row.key === 'drill-debriefs'
        ? { ...row, value: [...(row.value as DrillDebrief[]), { incidentId: 'x' }] }
        : row,
    );
    const counts = await restoreBackupData({ ...data, settings }, decide);
    expect(counts.debriefs).toBe(1);
    const kept = await listDrillDebriefs();
    expect(kept.map((d) => [d.incidentId, d.durations.management])).toEqual([
      ['a', 20],
      ['b', 11],
      ['c', 9],
    ]);
    // Restoring the same file again adds nothing.
    expect((await restoreBackupData({ ...data, settings }, decide)).debriefs).toBe(0);
  });
});
