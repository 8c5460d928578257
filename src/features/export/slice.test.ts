import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStore } from '../../app/store';
import { readBackupText } from '../../export/backup/parse';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';

useFreshDB();

describe('export slice', () => {
  it('after a restore, the incident list of this tab shows the restored incidents', async () => {
    const { backup } = await readBackupText(
      readFileSync(resolve('tests/fixtures/backups/valid-v1.json'), 'utf8'),
    );
    const store = useStore.getState();
    await store.loadIncidentList(null);
    expect(useStore.getState().incidentList.items).toHaveLength(0);
    const counts = await store.restoreBackup(backup.data);
    expect(counts.added.incidents).toBe(2);
    // The fixture's second incident is in the trash, which the list does not show.
    expect(useStore.getState().incidentList.items.map((i) => i.title)).toEqual([
      'ランサムウェア <感染> & "暗号化"',
    ]);
  });

  it('reads every store for a backup and counts changes since the last one', async () => {
    await createIncident({ title: 'A', types: [], causes: [], by: '', log: '開始' });
    const store = useStore.getState();
    const { data, dbVersion } = await store.readAllForBackup(true);
    expect(data.incidents.map((i) => i.title)).toEqual(['A']);
    expect(dbVersion).toBeGreaterThan(0);
    expect(await store.backupStatus()).toMatchObject({ changed: 1, lastBackupAt: null });
    await store.markBackedUp(new Date().toISOString());
    expect((await store.backupStatus()).changed).toBe(0);
  });
});
