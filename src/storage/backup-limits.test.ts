// @vitest-environment node
// Property test: whatever the app can store (every typed text at its limit, with hostile
// characters, through the real repositories), it can back up and restore, plain and
// encrypted. A restore passes text through the one rule for control and bidi characters
// (timeline entries keep what their hash covers), so that is what comes back.
import { decide } from '../export/backup/merge';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encryptBackup } from '../export/backup/crypto';
import { makeBackup, serializeBackup, type BackupData } from '../export/backup/format';
import type { DeriveKey } from '../export/backup/kdf';
import { deriveAesKey } from '../export/backup/kdf-core';
import { readBackupText } from '../export/backup/parse';
import { LIMITS } from '../lib/limits';
import { stripUnsafeRecord } from '../lib/unsafe-text';
import { readAllForBackup, restoreBackupData } from './backup-repo';
import { closeDB } from './db';
import { appendTimeline, createIncident, putField, setProgress } from './index';
import { saveDestinationStatus } from './reporting-repo';
import { useFreshDB } from './test-db';
import { reporting } from '../i18n/ja/reporting';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

// Characters that stress JSON, UTF-8, bidi and the HTML/Markdown escapes; 𠮷 is two units.
const ALPHABET = [
  'a',
  'あ',
  '漢',
  '𠮷',
  '\u202e',
  '\u2066',
  '\u0000',
  '"',
  '\\',
  '\n',
  '\t',
  '<',
  '&',
  '\ud800',
  ' ',
];

/** A string of exactly `length` UTF-16 units (as maxlength counts). */
function textOf(r: ReturnType<typeof prng>, length: number): string {
  let s = '';
  while (s.length < length) {
    const c = r.pick(ALPHABET);
    s += s.length + c.length <= length ? c : 'x';
  }
  return s;
}

/** One incident with every typed text at its limit, stored the way the app stores it. */
async function storeAtLimits(r: ReturnType<typeof prng>) {
  const by = textOf(r, LIMITS.name);
  const { incident } = await createIncident({
    title: textOf(r, LIMITS.title),
    types: ['leak'],
    causes: ['misdelivery'],
    by,
    log: '対応を開始（情報漏えい）',
  });
  const incidentId = incident.id;
  await putField({ incidentId, fieldId: 'event', value: textOf(r, LIMITS.text), by });
  await setProgress(
    { incidentId, itemId: 'basic-contain', state: 'done', by, note: textOf(r, LIMITS.text) },
    { text: '完了: 被害の拡大を防ぐ' },
  );
  await appendTimeline({ incidentId, text: textOf(r, LIMITS.text), by });
  // The app quotes the memo inside its own words: the longest timeline text there is.
  await saveDestinationStatus({
    words: reporting.ja,
    incidentId,
    destinationId: 'ppc',
    deadlineId: 'prompt',
    label: '個人情報保護委員会',
    deadlineLabel: '速報（概ね3〜5日以内）',
    status: 'done',
    doneAt: '2026-11-25',
    memo: `x${textOf(r, LIMITS.text - 1)}`,
    by,
  });
}

const fileOf = (data: BackupData) =>
  serializeBackup(
    makeBackup(data, { appVersion: 't', dbVersion: 1, createdAt: '2026-11-25T00:00:00Z' }),
  );

/** Restores `text` into a fresh, empty database and reads everything back. */
async function restoreFresh(text: string, passphrase?: string, derive?: DeriveKey) {
  await closeDB();
  globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
  const { backup, problems } = await readBackupText(text, { passphrase, derive });
  expect(problems).toEqual([]);
  await restoreBackupData(backup.data, decide);
  return readAllForBackup();
}

const withoutSettings = (d: BackupData) => ({ ...d, settings: [] });

/** What a restore of `d` brings back: every record through the rule for control characters. */
const asRestored = (d: BackupData) =>
  withoutSettings(
    Object.fromEntries(
      Object.entries(d).map(([store, list]) => [
        store,
        (list as unknown[]).map((r) => stripUnsafeRecord(store, r)),
      ]),
    ) as BackupData,
  );

describe('limits × backup round trip', () => {
  useFreshDB();

  it('restores every record stored at the limits, for many seeds (plain)', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
      await closeDB();
      await storeAtLimits(prng(seed));
      const before = await readAllForBackup();
      expect(before.timeline.some((t) => t.text.length > LIMITS.text)).toBe(true);
      const after = await restoreFresh(fileOf(before));
      expect(withoutSettings(after), `seed ${seed}`).toEqual(asRestored(before));
    }
  }, 60_000);

  it('restores them from an encrypted backup too', async () => {
    const r = prng(99);
    await storeAtLimits(r);
    await storeAtLimits(r);
    const before = await readAllForBackup();
    // One cheap derivation stands in for PBKDF2's 600,000 rounds (the same code path).
    const derive: DeriveKey = (p, salt) => deriveAesKey(p, salt, 1);
    const passphrase = textOf(r, 64);
    const sealed = await encryptBackup(fileOf(before), passphrase, derive);
    const after = await restoreFresh(sealed, passphrase, derive);
    expect(withoutSettings(after)).toEqual(asRestored(before));
  }, 60_000);
});
