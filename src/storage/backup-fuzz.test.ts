// @vitest-environment node
// Fuzzing the importer: mutated and truncated backup files and hostile strings. A file is
// either restored or refused with a BackupError; a refused file leaves the database exactly
// as it was (compared record by record after every attempt).
import { decide } from '../export/backup/merge';
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../export/backup/errors';
import { makeBackup, serializeBackup, type BackupData } from '../export/backup/format';
import { readBackupText } from '../export/backup/parse';
import type { DeriveKey } from '../export/backup/kdf';
import { deriveAesKey } from '../export/backup/kdf-core';
import { sampleData } from '../export/backup/test-data';
import { readAllForBackup, restoreBackupData } from './backup-repo';
import { useFreshDB } from './test-db';

const DIR = new URL('../../tests/fixtures/backups/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const HOSTILE = (JSON.parse(fixture('hostile-strings.json')) as { strings: string[] }).strings;
const PASSPHRASE = 'テスト用 passphrase 2026';

/** mulberry32: a small seeded PRNG, so every run fuzzes the same files. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

type Rng = ReturnType<typeof prng>;

const HOSTILE_VALUES = (r: Rng): unknown[] => [
  r.pick(HOSTILE),
  'あ'.repeat(250_000),
  -1,
  1e308,
  0.5,
  true,
  null,
  [],
  {},
  [r.pick(HOSTILE)],
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  { constructor: { prototype: { polluted: 1 } } },
];

/** Every path (as keys) to a value inside a JSON value. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

/** One mutated backup text. */
function mutate(base: string, r: Rng): string {
  const at = r.int(base.length);
  switch (r.int(8)) {
    case 0: // truncated
      return base.slice(0, at);
    case 1: {
      // one character changed
      const ch = r.pick(['"', '{', '}', '[', ']', ',', ':', '0', 'x', '\\', ' ', '\u0000', 'é']);
      return base.slice(0, at) + ch + base.slice(at + 1);
    }
    case 2: // a slice removed
      return base.slice(0, at) + base.slice(at + 1 + r.int(40));
    case 3: // a hostile string spliced into the text
      return base.slice(0, at) + r.pick(HOSTILE) + base.slice(at);
    case 4: {
      // a value replaced by a hostile one
      const value = JSON.parse(base) as unknown;
      const all = paths(value);
      return JSON.stringify(setAt(value, r.pick(all), r.pick(HOSTILE_VALUES(r))));
    }
    case 5: {
      // a hostile key added to some object
      const value = JSON.parse(base) as unknown;
      const objects = paths(value).filter((p) => {
        let n: unknown = value;
        for (const k of p) n = (n as Record<string | number, unknown>)[k];
        return n !== null && typeof n === 'object' && !Array.isArray(n);
      });
      const key = r.pick(['__proto__', 'constructor', 'prototype', r.pick(HOSTILE), 'extra']);
      const target = r.pick(objects);
      let n = value as Record<string, unknown>;
      for (const k of target) n = n[k] as Record<string, unknown>;
      Object.defineProperty(n, key, {
        value: r.pick(HOSTILE_VALUES(r)),
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return JSON.stringify(value);
    }
    case 6: {
      // a record duplicated or a header value changed
      const value = JSON.parse(base) as { data: Record<string, unknown[]>; [k: string]: unknown };
      const store = r.pick(Object.keys(value.data));
      const list = value.data[store]!;
      if (list.length && r.next() < 0.5) list.push(structuredClone(list[r.int(list.length)]));
      else
        value[r.pick(['format', 'formatVersion', 'dbVersion', 'createdAt', 'appVersion'])] = r.pick(
          HOSTILE_VALUES(r),
        );
      return JSON.stringify(value);
    }
    default: {
      // a valid-looking edit: a text changed (restores, and becomes the new baseline)
      const value = JSON.parse(base) as { data: BackupData };
      const inc = value.data.incidents[r.int(value.data.incidents.length)]!;
      inc.title = r.pick(HOSTILE);
      inc.updatedAt = new Date(Date.parse('2030-01-01T00:00:00Z') + r.int(1e9)).toISOString();
      return JSON.stringify(value);
    }
  }
}

// One key derivation per passphrase and salt (600,000 rounds each are slow).
const keys = new Map<string, Promise<CryptoKey>>();
const derive: DeriveKey = (p, salt, n) => {
  const k = `${p}|${salt.join(',')}|${n}`;
  if (!keys.has(k)) keys.set(k, deriveAesKey(p, salt, n));
  return keys.get(k)!;
};

async function attempt(text: string, passphrase?: string): Promise<'restored' | 'refused'> {
  const before = await readAllForBackup();
  try {
    const { backup, problems } = await readBackupText(text, { passphrase, derive });
    // A file with invalid records is restored only when the person agrees (the UI asks);
    // until then it is a refusal that names them and writes nothing.
    if (problems.length > 0) throw new BackupError('invalid', `${problems[0]!.store}`);
    await restoreBackupData(backup.data, decide);
    return 'restored';
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    expect(await readAllForBackup()).toEqual(before);
    return 'refused';
  }
}

describe('the importer', () => {
  useFreshDB();

  it('restores the stored valid fixtures, plain and encrypted', async () => {
    expect(await attempt(fixture('valid-v1.json'))).toBe('restored');
    const plain = await readAllForBackup();
    expect(plain.incidents.map((i) => i.id).sort()).toEqual(['inc-a', 'inc-b']);
    expect(await attempt(fixture('valid-v1.encrypted.json'), 'wrong')).toBe('refused');
    expect(await attempt(fixture('valid-v1.encrypted.json'), PASSPHRASE)).toBe('restored');
    expect(await readAllForBackup()).toEqual(plain);
  });

  it('refuses every hostile fixture file and changes nothing', async () => {
    await attempt(fixture('valid-v1.json'));
    const files = readdirSync(DIR).filter(
      (f) => f.endsWith('.json') && !f.startsWith('valid-') && f !== 'hostile-strings.json',
    );
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(await attempt(fixture(f)), f).toBe('refused');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('survives 1,200 mutated and truncated files: restored or refused, never half-written', async () => {
    const r = prng(20261125);
    // The device already holds records that differ from the file.
    const seedData = sampleData();
    seedData.incidents[0]!.updatedAt = '2029-01-01T00:00:00.000Z';
    const seedText = serializeBackup(
      makeBackup(seedData, {
        appVersion: 't',
        dbVersion: 1,
        createdAt: '2026-11-25T00:00:00.000Z',
      }),
    );
    expect(await attempt(seedText)).toBe('restored');

    const base = fixture('valid-v1.json');
    const outcome = { restored: 0, refused: 0 };
    for (let i = 0; i < 1200; i++) outcome[await attempt(mutate(base, r))]++;
    expect(outcome.refused).toBeGreaterThan(900);
    expect(outcome.restored).toBeGreaterThan(10);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('survives 300 mutated encrypted files', async () => {
    const r = prng(7);
    const base = fixture('valid-v1.encrypted.json');
    const outcome = { restored: 0, refused: 0 };
    for (let i = 0; i < 300; i++) {
      const at = r.int(base.length);
      const text =
        r.next() < 0.3
          ? base.slice(0, at)
          : base.slice(0, at) +
            r.pick(['A', 'B', '0', '"', '/', '+', r.pick(HOSTILE)]) +
            base.slice(at + 1);
      outcome[await attempt(text, PASSPHRASE)]++;
    }
    // Only a change that leaves every byte as it was (e.g. 'A' over 'A') may restore.
    expect(outcome.refused).toBeGreaterThan(250);
  }, 120_000);

  it('refuses hostile strings in every field of the file', async () => {
    await attempt(fixture('valid-v1.json'));
    const base = JSON.parse(fixture('valid-v1.json')) as unknown;
    const all = paths(base).filter((p) => p.length > 0);
    let refused = 0;
    for (const p of all) {
      for (const s of [
        HOSTILE[0]!,
        '__proto__',
        'x'.repeat(300_000),
        '<script>alert(1)</script>',
      ]) {
        const copy = structuredClone(base);
        if ((await attempt(JSON.stringify(setAt(copy, p, s)))) === 'refused') refused++;
      }
    }
    expect(refused).toBeGreaterThan(all.length);
  }, 120_000);
});
