// @vitest-environment node
import { decide } from '../export/backup/merge';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encryptBackup } from '../export/backup/crypto';
import { makeBackup, serializeBackup, type BackupData } from '../export/backup/format';
import { readBackupText } from '../export/backup/parse';
import { sampleData } from '../export/backup/test-data';
import {
  BACKUP_COUNT_CAP,
  changedSinceBackup,
  markBackedUp,
  readAllForBackup,
  restoreBackupData,
} from './backup-repo';
import {
  createIncident,
  listDrafts,
  loadIncidentSnapshot,
  putDraft,
  putField,
  renameIncident,
  listTrash,
} from './index';
import { useFreshDB } from './test-db';
import { nowIso } from './ids';
import { getDB } from './db';

const fileOf = (data: BackupData) =>
  serializeBackup(
    makeBackup(data, { appVersion: 'test', dbVersion: 1, createdAt: new Date().toISOString() }),
  );

async function seed(data: BackupData) {
  const db = await getDB();
  const tx = db.transaction(
    ['incidents', 'fields', 'progress', 'timeline', 'reporting', 'settings'],
    'readwrite',
  );
  for (const store of [
    'incidents',
    'fields',
    'progress',
    'timeline',
    'reporting',
    'settings',
  ] as const) {
    for (const r of data[store]) await tx.objectStore(store).put(r as never);
  }
  await tx.done;
}

describe('backup and restore', () => {
  useFreshDB();

  it('export → encrypt → decrypt → restore into an empty database gives identical records', async () => {
    // Records made through the real repository, plus every store filled.
    const { incident } = await createIncident({
      title: '感染',
      types: ['virus'],
      causes: [],
      by: '山田',
      log: '開始',
    });
    await putField({ incidentId: incident.id, fieldId: 'event', value: '警告が出た', by: '山田' });
    await putDraft({ incidentId: incident.id, kind: 'first-report', text: '株式会社サンプル' });
    await seed(sampleData());
    const before = await readAllForBackup();
    expect(before.incidents).toHaveLength(3);
    expect(before.drafts).toHaveLength(1);

    const sealed = await encryptBackup(fileOf(before), 'パスフレーズ');
    globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
    const { closeDB } = await import('./db');
    await closeDB();

    const { backup } = await readBackupText(sealed, { passphrase: 'パスフレーズ' });
    const counts = await restoreBackupData(backup.data, decide);
    expect(counts.added.incidents).toBe(3);
    expect(counts.updated.incidents).toBe(0);
    const after = await readAllForBackup();
    // Every record came back; settings are this device's own and were not taken from the
    // file. The trash is the index on deletedAt: the restored incident in it is listed.
    expect({ ...after, settings: [] }).toEqual({ ...before, settings: [] });
    expect(after.settings).toEqual([]);
    expect((await listTrash()).map((i) => i.id)).toEqual(['inc-b']);
    expect((await loadIncidentSnapshot(incident.id))?.fields[0]?.value).toBe('警告が出た');
    expect((await listDrafts(incident.id)).map((d) => d.text)).toEqual(['株式会社サンプル']);
    expect(counts.added.drafts).toBe(1);
  });

  it('restores a file made before drafts existed (database version 1)', async () => {
    const data: Partial<BackupData> = sampleData();
    delete data.drafts;
    const { backup } = await readBackupText(fileOf(data as BackupData));
    const counts = await restoreBackupData(backup.data, decide);
    expect(counts.added.incidents).toBe(data.incidents?.length);
    expect(counts.added.drafts).toBe(0);
  });

  it('names a draft of an incident that is not in the file and leaves it out', async () => {
    const data = {
      ...sampleData(),
      drafts: [
        {
          incidentId: 'nobody',
          kind: 'first-report',
          text: 'x',
          updatedAt: new Date().toISOString(),
        },
      ],
    };
    const { problems, backup } = await readBackupText(fileOf(data));
    expect(problems.map((p) => [p.store, p.reason])).toEqual([['drafts', 'orphan']]);
    expect(backup.data.drafts).toEqual([]);
  });

  it('merges by id into a database with changes: newer kept, older replaced, nothing deleted', async () => {
    const data = sampleData();
    await seed(data);
    // On the device: inc-a renamed later (newer than the file); a new incident of its own.
    await renameIncident('inc-a', '端末で直した件名');
    const mine = await createIncident({
      title: '端末だけの件',
      types: [],
      causes: [],
      by: '山田',
      log: '開始',
    });
    // In the file: inc-b was updated after the device's copy; a new field; the device name differs.
    const file = sampleData();
    file.incidents[1] = {
      ...file.incidents[1]!,
      title: '誤送信（追記）',
      updatedAt: '2030-01-01T00:00:00.000Z',
      deletedAt: null,
    };
    file.fields.push({
      incidentId: 'inc-b',
      fieldId: 'event',
      value: '追加',
      updatedAt: '2026-11-24T00:00:00.000Z',
      updatedBy: '佐藤',
    });
    file.settings[0] = { key: 'responderName', value: '別の人' };

    const { backup } = await readBackupText(fileOf(file));
    const counts = await restoreBackupData(backup.data, decide);
    expect(counts.updated.incidents).toBe(1);
    expect(counts.added.fields).toBe(1);
    expect(counts.added.incidents).toBe(0);

    const after = await readAllForBackup();
    const byId = new Map(after.incidents.map((i) => [i.id, i]));
    expect(byId.get('inc-a')?.title).toBe('端末で直した件名');
    expect(byId.get('inc-b')?.title).toBe('誤送信（追記）');
    expect(byId.get(mine.incident.id)?.title).toBe('端末だけの件');
    expect(after.settings.find((s) => s.key === 'responderName')?.value).toBe('山田');
    // inc-b left the trash with the newer copy: the trash index follows.
    expect(await listTrash()).toEqual([]);
    expect(after.timeline.length).toBeGreaterThanOrEqual(data.timeline.length);
  });

  it("follows the caller's merge rule, record by record (storage decides nothing itself)", async () => {
    await seed(sampleData());
    const file = sampleData();
    file.incidents[0] = {
      ...file.incidents[0]!,
      title: '古いコピー',
      updatedAt: '2000-01-01T00:00:00.000Z',
    };
    const asked: string[] = [];
    // A rule that replaces incidents whatever their time, and keeps everything else.
    const counts = await restoreBackupData(file, (store) => {
      asked.push(store);
      return store === 'incidents' ? 'update' : 'keep';
    });
    expect(counts.updated.incidents).toBe(2);
    expect(counts.kept).toBe(asked.length - 2);
    expect(new Set(asked)).toEqual(
      new Set(['incidents', 'fields', 'progress', 'timeline', 'reporting', 'settings']),
    );
    expect((await readAllForBackup()).incidents.find((i) => i.id === 'inc-a')?.title).toBe(
      '古いコピー',
    );
  });

  it('counts incidents changed since the last backup', async () => {
    expect(await changedSinceBackup()).toEqual({ changed: 0, lastBackupAt: null });
    await createIncident({ title: 'A', types: [], causes: [], by: '', log: '開始' });
    expect((await changedSinceBackup()).changed).toBe(1);
    // Stored times are strictly increasing (nowIso): A is before the backup, B after it.
    await markBackedUp(nowIso());
    expect((await changedSinceBackup()).changed).toBe(0);
    await createIncident({ title: 'B', types: [], causes: [], by: '', log: '開始' });
    expect((await changedSinceBackup()).changed).toBe(1);
  });

  it('stops counting at the cap, so a large database stays quick', async () => {
    const db = await getDB();
    const tx = db.transaction('incidents', 'readwrite');
    for (let i = 0; i < BACKUP_COUNT_CAP + 20; i++) {
      const at = new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString();
      void tx.store.put({
        id: `i${i}`,
        title: `#${i}`,
        types: [],
        causes: [],
        status: 'open',
        discoveredAt: at,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      });
    }
    await tx.done;
    expect((await changedSinceBackup()).changed).toBe(BACKUP_COUNT_CAP);
  });

  it('writes nothing when the transaction fails half-way', async () => {
    await seed(sampleData());
    const before = await readAllForBackup();
    const file = sampleData();
    file.incidents.push({ ...file.incidents[0]!, id: 'inc-new' });
    // An IndexedDB-invalid value slipped past (a function cannot be cloned): the put throws.
    (file.timeline as unknown[]).push({
      ...file.timeline[0]!,
      id: 'tl-bad',
      incidentId: 'inc-new',
      text: () => 1,
    });
    await expect(restoreBackupData(file, decide)).rejects.toThrow();
    expect(await readAllForBackup()).toEqual(before);
  });

  it('reports progress while it writes a large file, in one transaction', async () => {
    const data = sampleData();
    const first = data.timeline[0]!;
    for (let n = 0; n < 2_500; n++) data.timeline.push({ ...first, id: `tl-many-${n}` });
    const seen: [number, number][] = [];
    const counts = await restoreBackupData(data, decide, (done, total) => seen.push([done, total]));
    expect(counts.added.timeline).toBe(2_502);
    const total = 2 + 2 + 1 + 2_502 + 1 + 2;
    expect(seen.at(-1)).toEqual([total, total]);
    // Reported as it goes (every 1,000 records of a store), never going back.
    expect(seen.length).toBeGreaterThan(4);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
  });
});
