// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listPrep, listTimeline, getIncident } from '../storage/index';
import type { Incident, TimelineEntry } from '../storage/schema';
import type { PrepContact } from '../storage/prep-schema';
import { useFreshDB } from '../storage/test-db';
import { contactInput } from '../storage/test-prep-data';
import { deriveTeamKeys } from './crypto';
import type { Envelope } from './docs';
import { Puller } from './pull';
import { memoryDb, sealedDoc } from './test-memory-db';

// Records from another phone pass the checks a restore applies: the one rule for control and bidi
// characters, and the one e-mail address rule.

useFreshDB();

const AT = '2026-11-25T01:00:00.000Z';
const contact = (email: string, name: string): PrepContact => ({
  ...contactInput('executive', '090-1111-2222', name),
  email,
  updatedAt: AT,
});
const envelope = (type: Envelope['type'], key: string, record: Envelope['record']): Envelope => ({
  type,
  key,
  device: 'dev-b',
  name: '鈴木\u202Eのスマホ',
  at: AT,
  record,
});

async function drain(envelopes: Envelope[]) {
  const keys = await deriveTeamKeys('合言葉', 'team-a', 1000);
  const docs = await Promise.all(envelopes.map((e) => sealedDoc(keys, e)));
  const puller = new Puller(
    memoryDb(docs),
    keys,
    { device: 'dev-a', name: '佐藤のスマホ' },
    (r) => r.type,
  );
  await puller.drain();
  return { puller, docs };
}

describe('records from another phone', () => {
  it('refuses a 備え contact whose address breaks the rule, and writes nothing of it', async () => {
    const bad = contact('"><script>alert(2)</script>@x.jp', '山田');
    const { puller, docs } = await drain([envelope('prep', 'prep|contact:executive', bad)]);
    expect([...puller.rejected]).toEqual([docs[0]!._id]);
    expect(puller.unreadable.size).toBe(0);
    expect(await listPrep()).toEqual([]);
  });

  it('strips control and bidi characters, but keeps a timeline entry as its hash sealed it', async () => {
    const incident: Incident = {
      id: 'inc-1',
      title: '請求書\u202Etxt.exe',
      types: [],
      causes: [],
      status: 'open',
      discoveredAt: AT,
      createdAt: AT,
      updatedAt: AT,
      deletedAt: null,
    };
    const entry: TimelineEntry = {
      id: 'e-1',
      incidentId: 'inc-1',
      at: AT,
      createdAt: AT,
      kind: 'note',
      text: 'メモ\u2067右から\u2069',
      by: '鈴木',
      seq: 1,
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    };
    const { puller } = await drain([
      envelope('incident', 'incident|inc-1', incident),
      envelope('timeline', 'timeline|e-1', entry),
      envelope('prep', 'prep|contact:executive', contact('yamada@example.co.jp', '山田\u200F太郎')),
    ]);
    expect(puller.rejected.size + puller.unreadable.size).toBe(0);
    expect((await getIncident('inc-1'))?.title).toBe('請求書txt.exe');
    const [kept] = await listTimeline('inc-1');
    expect(kept).toMatchObject({ text: 'メモ\u2067右から\u2069', hash: 'a'.repeat(64) });
    expect(kept?.via).toEqual({ device: 'dev-b', name: '鈴木のスマホ' });
    expect(await listPrep()).toEqual([
      expect.objectContaining({ name: '山田太郎', email: 'yamada@example.co.jp' }),
    ]);
  });
});
