// @vitest-environment node
import { decide } from '../export/backup/merge';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBackupText } from '../export/backup/parse';
import { makeBackup, serializeBackup, type BackupData } from '../export/backup/format';
import { sampleData } from '../export/backup/test-data';
import { describeRestore } from '../export/backup/merge';
import { readAllForBackup, restoreBackupData } from './backup-repo';
import { getDB } from './db';
import { createIncident, listFields, listPrep, putPrep } from './index';
import type { CompanyProfile } from './prep-schema';
import { useFreshDB } from './test-db';
import { buildFromDump, readDump, withoutTrashRow } from './test-dump';

const company = (name: string): Omit<CompanyProfile, 'updatedAt'> => ({
  id: 'company',
  kind: 'company',
  name,
  address: '東京都千代田区',
  industry: '製造業',
  employees: '25',
});

const fileOf = (data: BackupData, dbVersion = 2) =>
  serializeBackup(
    makeBackup(data, { appVersion: 'test', dbVersion, createdAt: '2026-12-01T00:00:00Z' }),
  );

describe('平時の備え storage', () => {
  useFreshDB();

  it('opens the v1 fixture with the prep store added, losing nothing', async () => {
    const dump = readDump('db-v1.json');
    await buildFromDump(dump);
    const db = await getDB();
    expect(db.objectStoreNames.contains('prep')).toBe(true);
    for (const [name, s] of Object.entries(dump.stores)) {
      const rows = await db.getAll(name as 'incidents');
      // Version-1 timeline entries gain their chain fields (chain-upgrade.test.ts).
      const records = withoutTrashRow(name, s.records);
      expect(rows).toEqual(expect.arrayContaining(records.map((r) => expect.objectContaining(r))));
      expect(rows).toHaveLength(records.length);
    }
    expect(await listPrep()).toEqual([]);
    await putPrep(company('株式会社テスト'));
    expect((await listPrep())[0]).toMatchObject({ name: '株式会社テスト' });
  });

  it('stores prefilled record items with the incident, marked as from 備え', async () => {
    const { incident } = await createIncident({
      title: '感染',
      types: ['virus'],
      causes: [],
      by: '山田',
      log: '開始',
      prefill: [{ fieldId: 'organization', value: '株式会社テスト' }],
    });
    const fields = await listFields(incident.id);
    expect(fields).toEqual([
      expect.objectContaining({ fieldId: 'organization', value: '株式会社テスト', origin: 'prep' }),
    ]);
  });

  it('backs up and restores the profile; an older file never overwrites a newer profile', async () => {
    await putPrep(company('旧社名'));
    const old = await readAllForBackup();
    expect(old.prep).toHaveLength(1);
    const text = fileOf(old);

    // The profile is edited after the backup was made.
    await putPrep(company('新社名'));
    const parsed = await readBackupText(text);
    const counts = await restoreBackupData(parsed.backup.data, decide);
    expect(counts.keptNewerPrep).toBe(1);
    expect(describeRestore(counts)).toContain('この端末の方が新しい 1件をそのままにしました');
    expect((await listPrep())[0]).toMatchObject({ name: '新社名' });

    // Into an empty device, the file's profile arrives.
    const db = await getDB();
    await db.clear('prep');
    await restoreBackupData(parsed.backup.data, decide);
    expect((await listPrep())[0]).toMatchObject({ name: '旧社名' });
  });

  it('restores a file from version 1 (no prep) and names a malformed prep record', async () => {
    const v1 = await readBackupText(fileOf(sampleData(), 1));
    await restoreBackupData(v1.backup.data, decide);
    expect(await listPrep()).toEqual([]);

    const bad = JSON.parse(fileOf({ ...sampleData(), prep: [] })) as { data: { prep: unknown[] } };
    bad.data.prep.push({ id: 'contact:executive', kind: 'contact', role: 'vendor' });
    const checked = await readBackupText(JSON.stringify(bad));
    expect(checked.problems.map((p) => [p.store, p.reason])).toEqual([['prep', 'invalid']]);
    expect(checked.backup.data.prep).toEqual([]);
  });
});
