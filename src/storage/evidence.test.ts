// @vitest-environment node
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { IDBObjectStore as FakeStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDB } from './db';
import { createIncident } from './incidents';
import { addEvidence, getEvidenceFile, listEvidence } from './evidence';
import { verifyIncidentChain } from './chain-check';
import { StorageError } from './errors';
import { useFreshDB } from './test-db';
import { incidentsEvidence } from '../i18n/ja/incidents-evidence';

const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
const photo = () => new Blob([bytes], { type: 'image/png' });
const start = async () =>
  (await createIncident({ title: '証拠', types: [], causes: [], by: '山田', log: '開始' }))
    .incident;

describe('evidence', () => {
  useFreshDB();
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('refuses a file larger than the room left, before writing anything', async () => {
    const incident = await start();
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.resolve({ usage: 9_000, quota: 10_000 }) },
    });
    const error = await addEvidence({
      words: incidentsEvidence.ja,
      incidentId: incident.id,
      file: photo(),
      name: 'big.png',
      by: '山田',
      note: '',
    }).catch((e: unknown) => e);
    expect((error as StorageError).kind).toBe('quota');
    expect((error as StorageError).message).toContain('このファイルは保存できませんでした');
    expect(await (await getDB()).count('evidence')).toBe(0);
  });

  it('keeps the original bytes with their SHA-256, and the chain covers the file hash', async () => {
    const incident = await start();
    const meta = await addEvidence({
      words: incidentsEvidence.ja,
      incidentId: incident.id,
      file: photo(),
      name: 'ransom.png',
      by: '山田',
      note: '脅迫画面',
    });
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(meta).toMatchObject({
      name: 'ransom.png',
      type: 'image/png',
      size: 3000,
      sha256: expected,
      by: '山田',
      note: '脅迫画面',
    });
    expect(await listEvidence(incident.id)).toEqual([meta]);
    const stored = await getEvidenceFile(incident.id, meta.id);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(bytes);

    const db = await getDB();
    const entry = await db.get('timeline', meta.timelineId);
    expect(entry).toMatchObject({ kind: 'evidence', evidence: { id: meta.id, sha256: expected } });
    expect(entry!.text).toContain(expected);
    expect(await verifyIncidentChain(incident.id)).toMatchObject({ ok: true, count: 2 });
    // Swapping the recorded hash for another file's is a break.
    await db.put('timeline', { ...entry!, evidence: { id: meta.id, sha256: '0'.repeat(64) } });
    expect(await verifyIncidentChain(incident.id)).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('attaches evidence to one checklist item or timeline entry, and the chain covers the link', async () => {
    const incident = await start();
    const meta = await addEvidence({
      words: incidentsEvidence.ja,
      incidentId: incident.id,
      file: photo(),
      name: 'screen.png',
      by: '山田',
      note: '',
      link: { itemId: 'ransom-photo', text: '画面を撮影する' },
    });
    expect(meta).toMatchObject({ itemId: 'ransom-photo', relatedText: '画面を撮影する' });
    expect(meta.entryId).toBeUndefined();
    const db = await getDB();
    const entry = await db.get('timeline', meta.timelineId);
    expect(entry!.evidence).toMatchObject({ id: meta.id, itemId: 'ransom-photo' });
    expect(entry!.text).toContain('添付先: チェック項目「画面を撮影する」');
    const second = await addEvidence({
      words: incidentsEvidence.ja,
      incidentId: incident.id,
      file: photo(),
      name: 'log.txt',
      by: '山田',
      note: '',
      link: { entryId: meta.timelineId, text: 'x'.repeat(500) },
    });
    expect(second).toMatchObject({ entryId: meta.timelineId });
    expect(second.relatedText).toHaveLength(120);
    // Moving the photo to another item afterwards is a break.
    await db.put('timeline', { ...entry!, evidence: { ...entry!.evidence!, itemId: 'other' } });
    expect(await verifyIncidentChain(incident.id)).toMatchObject({ ok: false, reason: 'changed' });
  });

  it('a full device: a clear message and nothing half-saved', async () => {
    const incident = await start();
    const realAdd = FakeStore.prototype.add;
    vi.spyOn(FakeStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'evidence') throw new DOMException('full', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const error = await addEvidence({
      words: incidentsEvidence.ja,
      incidentId: incident.id,
      file: photo(),
      name: 'ransom.png',
      by: '山田',
      note: '',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect((error as StorageError).message).toContain('空き容量が足りない');
    expect((error as StorageError).message).toContain('何も保存されていません');
    const db = await getDB();
    expect(await db.count('evidenceFiles')).toBe(0);
    expect(await db.count('evidence')).toBe(0);
    expect(await db.count('timeline')).toBe(1);
    expect(await verifyIncidentChain(incident.id)).toMatchObject({ ok: true, count: 1 });
  });
});
