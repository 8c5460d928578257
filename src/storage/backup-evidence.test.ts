// @vitest-environment node
import { decide } from '../export/backup/merge';
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptBackup } from '../export/backup/crypto';
import { BackupError } from '../export/backup/errors';
import { encodeEvidenceFiles } from '../export/backup/evidence-files';
import { makeBackup, serializeBackup, type BackupData } from '../export/backup/format';
import { readBackupText } from '../export/backup/parse';
import { readAllForBackup, restoreBackupData } from './backup-repo';
import { verifyIncidentChain } from './chain-check';
import { getDB, closeDB } from './db';
import { addEvidence, getEvidenceFile, listEvidence } from './evidence';
import { createIncident } from './incidents';
import { appendTimeline } from './timeline';
import { useFreshDB } from './test-db';
import { incidentsEvidence } from '../i18n/ja/incidents-evidence';

const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 13) % 256);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** A backup file (version 2) of everything on the device now. */
async function backupText(withFiles = true): Promise<string> {
  const data = await readAllForBackup({ evidenceFiles: withFiles });
  const files = await encodeEvidenceFiles(data.evidenceFiles);
  const meta = { appVersion: 'test', dbVersion: 2, createdAt: new Date().toISOString() };
  return serializeBackup(makeBackup(data, meta, files));
}

/** An incident with a note and a photo kept as evidence. */
async function seedWithPhoto() {
  const { incident } = await createIncident({
    title: '画面に脅迫文',
    types: ['ransomware'],
    causes: [],
    by: '山田',
    log: '開始',
  });
  await appendTimeline({ incidentId: incident.id, text: 'LANを抜いた', by: '山田' });
  const photo = new Blob([bytes], { type: 'image/png' });
  await addEvidence({
    words: incidentsEvidence.ja,
    incidentId: incident.id,
    file: photo,
    name: '画面.png',
    by: '山田',
    note: '',
  });
  return incident;
}

/** A new, empty database (as on a new phone). */
async function freshDevice() {
  globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
  await closeDB();
}

const counts = async () => {
  const db = await getDB();
  const stores = ['incidents', 'timeline', 'evidence', 'evidenceFiles'] as const;
  return Promise.all(stores.map((s) => db.count(s)));
};

describe('backup format version 2: evidence and the chain', () => {
  useFreshDB();

  it('round-trips evidence (encrypted): same records, same bytes, same SHA-256, chain intact', async () => {
    const incident = await seedWithPhoto();
    const before = await readAllForBackup();
    const sealed = await encryptBackup(await backupText(), 'パスフレーズ');
    expect(JSON.parse(sealed)).toMatchObject({ formatVersion: 1, kdf: { iterations: 600_000 } });
    await freshDevice();

    const { backup, integrity } = await readBackupText(sealed, { passphrase: 'パスフレーズ' });
    expect(backup.formatVersion).toBe(2);
    expect(integrity).toMatchObject({ filesVerified: 1, filesAbsent: 0, chainsIntact: 1 });
    expect(integrity.chainsBroken).toEqual([]);
    const restored = await restoreBackupData(backup.data, decide);
    expect(restored.added.evidenceFiles).toBe(1);

    const after = await readAllForBackup();
    expect(after.evidence).toEqual(before.evidence);
    expect(after.timeline).toEqual(before.timeline);
    const [meta] = await listEvidence(incident.id);
    const blob = await getEvidenceFile(incident.id, meta!.id);
    const back = new Uint8Array(await blob!.arrayBuffer());
    expect(sha(back)).toBe(sha(bytes));
    expect(meta!.sha256).toBe(sha(bytes));
    expect(blob!.type).toBe('image/png');
    expect((await verifyIncidentChain(incident.id)).ok).toBe(true);
  });

  it('refuses a backup whose evidence file was changed, and writes nothing', async () => {
    await seedWithPhoto();
    const file = JSON.parse(await backupText()) as { data: BackupData & Record<string, never> };
    const evidenceFile = (file.data.evidenceFiles as unknown as { base64: string }[])[0]!;
    // One byte of the picture changed (same length, valid base64).
    const changed = Uint8Array.from(bytes);
    changed[100] ^= 1;
    evidenceFile.base64 = Buffer.from(changed).toString('base64');
    await freshDevice();
    const before = await counts();

    const error = await readBackupText(JSON.stringify(file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).kind).toBe('evidence-tampered');
    expect((error as BackupError).message).toContain('「画面.png」');
    expect((error as BackupError).message).toContain('SHA-256 と一致しません');
    expect(await counts()).toEqual(before);
    expect(before).toEqual([0, 0, 0, 0]);
  });

  it('refuses a file whose picture and recorded hash were both changed (the chained entry disagrees)', async () => {
    await seedWithPhoto();
    const file = JSON.parse(await backupText()) as {
      data: { evidence: { sha256: string }[]; evidenceFiles: { base64: string }[] };
    };
    const changed = Uint8Array.from(bytes);
    changed[0] ^= 0xff;
    file.data.evidenceFiles[0]!.base64 = Buffer.from(changed).toString('base64');
    file.data.evidence[0]!.sha256 = sha(changed);
    const error = await readBackupText(JSON.stringify(file)).catch((e: unknown) => e);
    expect((error as BackupError).kind).toBe('evidence-tampered');
  });

  it('reports a broken chain in the file by incident and entry (and still restores what is there)', async () => {
    await seedWithPhoto();
    const file = JSON.parse(await backupText()) as {
      data: { timeline: { text: string; kind: string }[] };
    };
    file.data.timeline.find((e) => e.kind === 'note')!.text = 'LANは抜いていない';
    const { integrity } = await readBackupText(JSON.stringify(file));
    expect(integrity.chainsIntact).toBe(0);
    expect(integrity.chainsBroken).toHaveLength(1);
    expect(integrity.chainsBroken[0]!.incidentTitle).toBe('画面に脅迫文');
    expect(integrity.chainsBroken[0]!.text).toContain('変更されています');
  });

  it('a backup without evidence files keeps their records and hashes, and says so', async () => {
    const incident = await seedWithPhoto();
    const text = await backupText(false);
    expect(text).not.toContain(Buffer.from(bytes).toString('base64').slice(0, 40));
    await freshDevice();
    const { backup, integrity } = await readBackupText(text);
    expect(integrity).toMatchObject({ filesVerified: 0, filesAbsent: 1 });
    await restoreBackupData(backup.data, decide);
    const [meta] = await listEvidence(incident.id);
    expect(meta!.sha256).toBe(sha(bytes));
    expect(await getEvidenceFile(incident.id, meta!.id)).toBeUndefined();
  });

  it('still restores a version-1 file, chaining its timeline once as legacy', async () => {
    const text = readFileSync(resolve('tests/fixtures/backups/valid-v1.json'), 'utf8');
    const v1 = JSON.parse(text) as { formatVersion: number; data: { timeline: unknown[] } };
    expect(v1.formatVersion).toBe(1);
    const { backup, integrity } = await readBackupText(text);
    expect(integrity.legacyChained).toBe(v1.data.timeline.length);
    expect(integrity.chainsBroken).toEqual([]);
    await restoreBackupData(backup.data, decide);
    const stored = await (await getDB()).getAll('timeline');
    expect(stored).toHaveLength(v1.data.timeline.length);
    expect(stored.every((e) => e.legacy === true && e.hash?.length === 64)).toBe(true);
    for (const id of new Set(stored.map((e) => e.incidentId))) {
      expect((await verifyIncidentChain(id)).ok).toBe(true);
    }
  });
});
