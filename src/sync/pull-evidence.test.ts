// @vitest-environment node
import { createHash } from 'node:crypto';
import type { Doc } from 'pouchdb-browser';
import { describe, expect, it } from 'vitest';
import { createIncident } from '../storage/index';
import { getEvidenceFile, listEvidence } from '../storage/evidence';
import type { EvidenceMeta } from '../storage/schema';
import { useFreshDB } from '../storage/test-db';
import { deriveTeamKeys, documentId, seal, type TeamKeys } from './crypto';
import type { Envelope } from './docs';
import { sealFile } from './evidence-file';
import { Puller } from './pull';
import { memoryDb } from './test-memory-db';

// Evidence that arrives from another phone: the Puller reads it from the local database (here a
// small in-memory stand-in for the part of PouchDB it uses, test-memory-db.ts) and writes through
// storage.

useFreshDB();

const photo = new TextEncoder().encode('the photo of the ransom note');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** An evidence document as phone B writes it, its bytes sealed beside its record. */
async function arrive(keys: TeamKeys, meta: EvidenceMeta, bytes: Uint8Array): Promise<Doc> {
  const key = `evidence|${meta.incidentId}|${meta.id}`;
  const id = await documentId(keys, key);
  const env: Envelope = {
    type: 'evidence',
    key,
    device: 'dev-b',
    name: '鈴木のスマホ',
    at: meta.capturedAt,
    record: meta,
  };
  return {
    _id: id,
    _rev: '1-a',
    ...(await seal(keys, id, env)),
    f: await sealFile(keys, id, bytes.slice().buffer),
  };
}

describe('Puller: evidence from another phone', () => {
  it('writes the record and its bytes when they match the SHA-256; refuses and writes nothing when not', async () => {
    const keys = await deriveTeamKeys('合言葉', 'team-a', 1000);
    const { incident } = await createIncident({
      title: '事案',
      types: [],
      causes: [],
      by: '山田',
      log: '開始',
    });
    const meta = (id: string, sha256: string): EvidenceMeta => ({
      id,
      incidentId: incident.id,
      name: `${id}.png`,
      type: 'image/png',
      size: photo.length,
      sha256,
      capturedAt: '2026-01-01T00:00:00.000Z',
      by: '鈴木',
      note: '',
      timelineId: `t-${id}`,
    });
    const good = await arrive(keys, meta('good', sha(photo)), photo);
    const bad = await arrive(keys, meta('bad', sha(photo)), new TextEncoder().encode('changed'));
    const db = memoryDb([good, bad]);
    const puller = new Puller(db, keys, { device: 'dev-a', name: '佐藤のスマホ' }, (r) => r.type);
    expect(await puller.drain()).toEqual([incident.id]);
    expect([...puller.refused]).toEqual([bad._id]);
    expect(puller.unreadable.size).toBe(0);
    const list = await listEvidence(incident.id);
    expect(list.map((e) => [e.id, e.device, e.fileOn])).toEqual([['good', 'dev-b', undefined]]);
    const file = await getEvidenceFile(incident.id, 'good');
    expect(sha(new Uint8Array(await file!.arrayBuffer()))).toBe(sha(photo));
    expect(await getEvidenceFile(incident.id, 'bad')).toBeUndefined();
  });
});
