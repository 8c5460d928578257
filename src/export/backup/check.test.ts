// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../storage/schema';
import type { PrepContact } from '../../storage/prep-schema';
import { contactInput } from '../../storage/test-prep-data';
import { BACKUP_LIMITS, LIMITS, WORDING_ROOM } from '../../lib/limits';
import type { KnownIds, RecordProblem } from './check';
import { encryptBackup } from './crypto';
import { BackupError, type BackupErrorKind } from './errors';
import { makeBackup, type BackupData } from './format';
import { deriveAesKey } from './kdf-core';
import { readBackupText } from './parse';
import { describeProblem } from './problems';
import { checkPlainSize, encryptedFileBytes, MAX_FILE_BYTES, MAX_PLAIN_UNITS } from './size';
import { sampleData } from './test-data';

const fileText = (data: BackupData, meta: Partial<Record<string, unknown>> = {}) =>
  JSON.stringify({
    ...makeBackup(data, { appVersion: '0.1.0', dbVersion: 1, createdAt: '2026-11-25T00:00:00Z' }),
    ...meta,
  });

const KNOWN: KnownIds = {
  types: new Set(['basic', 'ransomware', 'leak']),
  causes: new Set(['misdelivery']),
  items: new Set(['basic-contain']),
};

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('expected a refusal');
}

/** The sample data with a third incident that has no parts (its refusal leaves no orphans). */
function base(): BackupData {
  const data = sampleData();
  data.incidents.push({ ...data.incidents[1]!, id: 'inc-c', title: '単独' });
  return data;
}

/** The problems of a file changed by `edit`, as [store, index, reason, detail]. */
async function problemsOf(edit: (d: BackupData) => void, data = base()) {
  edit(data);
  const { problems, backup } = await readBackupText(fileText(data), { known: KNOWN });
  return { problems: problems.map((p) => [p.store, p.index, p.reason, p.detail]), backup };
}

describe('a backup with some invalid records', () => {
  it('names each invalid record and keeps every valid one', async () => {
    const cases: [(d: BackupData) => void, unknown[]][] = [
      [
        (d) => Object.assign(d.incidents[2]!, { status: 'gone' }),
        ['incidents', 2, 'invalid', 'status'],
      ],
      [(d) => Object.assign(d.incidents[2]!, { title: 1 }), ['incidents', 2, 'invalid', 'title']],
      [
        (d) => (d.incidents[2]!.title = 'あ'.repeat(BACKUP_LIMITS.title + 1)),
        ['incidents', 2, 'invalid', 'title'],
      ],
      [
        (d) => (d.incidents[2]!.types = ['earthquake']),
        ['incidents', 2, 'unknown-type', 'earthquake'],
      ],
      [(d) => (d.incidents[2]!.causes = ['aliens']), ['incidents', 2, 'unknown-cause', 'aliens']],
      [(d) => (d.progress[0]!.itemId = 'retired-x'), ['progress', 0, 'unknown-item', 'retired-x']],
      [(d) => d.timeline.push({ ...d.timeline[0]! }), ['timeline', 2, 'duplicate', '']],
      [
        (d) => d.fields.push({ ...d.fields[0]!, incidentId: 'nobody' }),
        ['fields', 2, 'orphan', 'nobody'],
      ],
      [(d) => (d.fields[0]!.value = 'x'.repeat(300_000)), ['fields', 0, 'invalid', 'value']],
    ];
    for (const [edit, expected] of cases) {
      const { problems, backup } = await problemsOf(edit);
      expect(problems, String(expected)).toEqual([expected]);
      const total = (d: BackupData) => Object.values(d).reduce((n, l) => n + l.length, 0);
      const edited = base();
      edit(edited);
      expect(total(backup.data)).toBe(total(edited) - 1);
    }
  });

  it('leaves out the parts of an incident that is not restored, each named', async () => {
    const { problems, backup } = await problemsOf(
      (d) => (d.incidents[0]!.types = ['unknown']),
      sampleData(),
    );
    expect(backup.data.incidents.map((i) => i.id)).toEqual(['inc-b']);
    expect(problems[0]).toEqual(['incidents', 0, 'unknown-type', 'unknown']);
    // inc-a's field, progress, two timeline entries and reporting row: orphans.
    expect(problems.slice(1).map((p) => p[2])).toEqual(Array(5).fill('orphan'));
    expect(backup.data.fields.map((f) => f.incidentId)).toEqual(['inc-b']);
  });

  it('describes each problem in Japanese, with the incident title as it is', async () => {
    const data = sampleData();
    data.progress[0]!.itemId = 'retired-x';
    const { problems } = await readBackupText(fileText(data), { known: KNOWN });
    const line = describeProblem(problems[0] as RecordProblem);
    expect(line).toMatchObject({ what: 'チェック項目', title: 'ランサムウェア <感染> & "暗号化"' });
    expect(line.reason).toContain('このアプリにないチェック項目');
  });

  it('restores names and titles saved before inputs had limits (older versions)', async () => {
    const data = sampleData();
    data.fields[0]!.updatedBy = 'あ'.repeat(201);
    data.incidents[0]!.title = 'い'.repeat(2_000);
    expect((await readBackupText(fileText(data))).problems).toEqual([]);
    // Each stored limit leaves room for what the inputs allow plus the app's own words.
    for (const kind of ['title', 'name', 'text'] as const)
      expect(BACKUP_LIMITS[kind]).toBeGreaterThanOrEqual(LIMITS[kind] + WORDING_ROOM);
  });

  it('reports its progress on a large file and still names the one bad record', async () => {
    const data = sampleData();
    const first = data.timeline[0]!;
    for (let n = 0; n < 4_500; n++) data.timeline.push({ ...first, id: `tl-${n}` });
    Object.assign(data.timeline[3_000]!, { kind: 'unknown-kind' });
    const seen: number[] = [];
    const { problems } = await readBackupText(fileText(data), {
      onProgress: (p) => seen.push(p.done),
    });
    expect(problems.map((p) => [p.store, p.index, p.reason])).toEqual([
      ['timeline', 3_000, 'invalid'],
    ]);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toBe(4_500 + 10);
  });

  it('without known ids (a caller that does not check the catalog) checks shapes only', async () => {
    const data = sampleData();
    data.incidents[0]!.types = ['earthquake'];
    expect((await readBackupText(fileText(data))).problems).toEqual([]);
  });
});

describe('text from a file passes the rules typed text passes', () => {
  const contact = (email: string): PrepContact => ({
    ...contactInput('executive', '090-1111-2222', '山田\u202E太郎'),
    email,
    updatedAt: '2026-11-25T00:00:00Z',
  });

  it('names a 備え contact whose address breaks the one address rule, and restores the rest', async () => {
    const { problems, backup } = await problemsOf((d) => {
      d.prep.push(contact('"><script>alert(2)</script>@x.jp'));
    });
    expect(problems).toEqual([['prep', 0, 'invalid', 'email']]);
    expect(backup.data.incidents).toHaveLength(3);
    expect(backup.data.prep).toEqual([]);
  });

  it('drops control and bidi characters, but keeps a timeline entry as its hash sealed it', async () => {
    const { problems, backup } = await problemsOf((d) => {
      d.incidents[0]!.title = '請求書\u202Etxt.exe\u2069';
      d.fields[0]!.value = '業種\u200F\u061C';
      d.timeline[0]!.text = 'メモ\u2066右から\u2069';
      d.prep.push(contact('yamada@example.co.jp'));
    });
    expect(problems).toEqual([]);
    expect(backup.data.incidents[0]!.title).toBe('請求書txt.exe');
    expect(backup.data.fields[0]!.value).toBe('業種');
    expect(backup.data.prep[0]).toMatchObject({ name: '山田太郎' });
    expect(backup.data.timeline[0]!.text).toBe('メモ\u2066右から\u2069');
  });
});

describe('a backup refused as a whole', () => {
  it('says in plain words that a newer app made it, naming that version', async () => {
    for (const meta of [{ formatVersion: 3 }, { dbVersion: DB_VERSION + 1 }]) {
      const e = await refusal(
        readBackupText(fileText(sampleData(), { ...meta, appVersion: '3.2.0' })),
      );
      expect(e.kind).toBe<BackupErrorKind>('version');
      expect(e.message).toContain('新しいバージョン（3.2.0）');
      expect(e.message).toContain('更新してから');
    }
  });

  it('refuses a file larger than the free space the device reports', async () => {
    const text = fileText(sampleData());
    const e = await refusal(readBackupText(text, { space: { usage: 900, quota: 1_000 } }));
    expect(e.kind).toBe<BackupErrorKind>('no-space');
    expect(e.message).toMatch(/空き容量.*MB/);
    // Unknown quota: no such refusal.
    await expect(
      readBackupText(text, { space: { usage: null, quota: null } }),
    ).resolves.toBeTruthy();
  });

  it('allows what the app can write: an encrypted file of the largest plain backup', async () => {
    // Every unit of the longest text as 3 UTF-8 bytes, encrypted: still accepted.
    expect(MAX_FILE_BYTES).toBe(encryptedFileBytes(3 * MAX_PLAIN_UNITS));
    // ...and still one JavaScript string when read (Chromium: 2^29 - 24 units).
    expect(MAX_FILE_BYTES).toBeLessThanOrEqual(2 ** 29 - 24);
    expect(() => checkPlainSize(MAX_PLAIN_UNITS)).not.toThrow();
    expect(() => checkPlainSize(MAX_PLAIN_UNITS + 1)).toThrow(BackupError);
    // The real envelope of a plain text stays within the allowance (base64 and header).
    for (const size of [0, 1, 1_000, 100_000]) {
      const plain = 'x'.repeat(size);
      const sealed = await encryptBackup(plain, 'p', (p, s, n) =>
        deriveAesKey(p, s, Math.min(n, 1)),
      );
      expect(sealed.length).toBeLessThanOrEqual(encryptedFileBytes(size));
    }
  });

  it('gives every refusal a Japanese message', () => {
    const kinds: BackupErrorKind[] = [
      'too-large',
      'no-space',
      'not-json',
      'not-backup',
      'version',
      'invalid',
      'needs-passphrase',
      'wrong-passphrase',
      'crypto-unavailable',
      'content-unavailable',
    ];
    for (const k of kinds) expect(new BackupError(k).message).toMatch(/[ぁ-ん]/);
  });
});
