// @vitest-environment node
import { decide } from '../export/backup/merge';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countIncidents, createIncident, getIncident, listIncidents, moveToTrash } from './index';
import { readAllForBackup, restoreBackupData } from './backup-repo';
import { closeDB } from './db';
import { useFreshDB } from './test-db';

const start = (title: string, drill?: string) =>
  createIncident({
    title,
    types: ['leak'],
    causes: ['loss'],
    by: '山田',
    log: '対応を開始',
    drill,
  });

describe('drill incidents', () => {
  useFreshDB();

  it('keep their scenario id and stay out of the list and the count of real incidents', async () => {
    const real = await start('本番');
    const drill = await start('訓練：USBメモリー紛失', 'lost-usb');
    expect((await getIncident(drill.incident.id))?.drill).toBe('lost-usb');
    expect((await getIncident(real.incident.id))?.drill).toBeUndefined();
    const page = await listIncidents({ status: 'open', limit: 10 });
    expect(page.items.map((i) => i.title)).toEqual(['本番']);
    expect(await countIncidents('open')).toBe(1);
    await moveToTrash(real.incident.id);
    expect(await countIncidents('open')).toBe(0);
  });

  it('stay drills after a backup is restored on a fresh phone', async () => {
    await start('本番');
    await start('訓練', 'ransomware-monday');
    const data = await readAllForBackup();
    await closeDB();
    globalThis.indexedDB = new IDBFactory();
    await restoreBackupData(data, decide);
    expect(await countIncidents('open')).toBe(1);
    expect((await listIncidents({ status: 'open', limit: 10 })).items.map((i) => i.title)).toEqual([
      '本番',
    ]);
  });
});
