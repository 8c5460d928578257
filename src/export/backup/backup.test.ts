// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import { decryptBackup, encryptBackup, parseEncrypted } from './crypto';
import { BackupError, type BackupErrorKind } from './errors';
import { makeBackup, serializeBackup, type BackupData } from './format';
import { MAX_FILE_BYTES } from './size';
import { deriveAesKey } from './kdf-core';
import { readBackupText, checkFileSize } from './parse';
import { decide, describeRestore, emptyCounts } from './merge';
import { sampleData } from './test-data';

const text = (data: BackupData = sampleData()) =>
  serializeBackup(
    makeBackup(data, { appVersion: '0.1.0', dbVersion: 1, createdAt: '2026-11-25T00:00:00.000Z' }),
  );

async function refusal(promise: Promise<unknown>): Promise<BackupErrorKind> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toMatch(/[ぁ-んァ-ン]/);
    return (error as BackupError).kind;
  }
  throw new Error('expected a refusal');
}

// One derivation per passphrase+salt: 600,000 rounds are slow and the tests need many.
const cache = new Map<string, Promise<CryptoKey>>();
const derive = (p: string, salt: Uint8Array<ArrayBuffer>, n: number) => {
  const k = `${p}|${toBase64(salt)}|${n}`;
  if (!cache.has(k)) cache.set(k, deriveAesKey(p, salt, n));
  return cache.get(k)!;
};

describe('plain backups', () => {
  it('read back exactly what was written', async () => {
    const { backup, encrypted } = await readBackupText(text());
    expect(encrypted).toBe(false);
    expect(backup.data).toEqual(sampleData());
    expect(backup.format).toBe('incident-navi-backup');
  });

  it('are refused with a clear reason when wrong', async () => {
    const ok = JSON.parse(text()) as Record<string, unknown>;
    const cases: [string, BackupErrorKind][] = [
      ['', 'not-json'],
      [text().slice(0, 200), 'not-json'],
      ['[]', 'not-backup'],
      ['{"format":"other"}', 'not-backup'],
      [JSON.stringify({ ...ok, formatVersion: 3 }), 'version'],
      [JSON.stringify({ ...ok, dbVersion: 99 }), 'version'],
      [JSON.stringify({ ...ok, extra: 1 }), 'invalid'],
      [text().replace('"data": {', '"data": {"__proto__": {"polluted": true},'), 'invalid'],
      [text().replace('"data": {', '"data": {"constructor": {},'), 'invalid'],
      [text().replace('"data": {', '"data": {"photos": [],'), 'invalid'],
      [JSON.stringify({ ...ok, data: { ...(ok.data as object), incidents: {} } }), 'invalid'],
      [JSON.stringify({ ...ok, data: [] }), 'invalid'],
      [`${'['.repeat(100)}${']'.repeat(100)}`, 'invalid'],
      [
        `{"format":"incident-navi-backup","formatVersion":1,"a":${'['.repeat(100)}${']'.repeat(100)}}`,
        'invalid',
      ],
    ];
    for (const [input, kind] of cases)
      expect(await refusal(readBackupText(input)), input.slice(0, 80)).toBe(kind);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses files over the largest encrypted backup before reading them', () => {
    expect(() => checkFileSize(MAX_FILE_BYTES + 1)).toThrow(BackupError);
    expect(() => checkFileSize(MAX_FILE_BYTES)).not.toThrow();
  });
});

describe('encrypted backups', () => {
  it('round trip with the passphrase; the header says PBKDF2 600,000 and AES-GCM', async () => {
    const sealed = await encryptBackup(text(), 'correct horse 電池', derive);
    const envelope = parseEncrypted(JSON.parse(sealed));
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(fromBase64(envelope.kdf.salt)).toHaveLength(16);
    expect(fromBase64(envelope.cipher.iv)).toHaveLength(12);
    expect(sealed).not.toContain('inc-a');
    expect(await refusal(readBackupText(sealed))).toBe('needs-passphrase');
    const { backup, encrypted } = await readBackupText(sealed, {
      passphrase: 'correct horse 電池',
      derive,
    });
    expect(encrypted).toBe(true);
    expect(backup.data).toEqual(sampleData());
  });

  it('say so when key derivation is unavailable, instead of blaming the file', async () => {
    const sealed = await encryptBackup(text(), 'correct horse 電池', derive);
    const broken = () => Promise.reject(new BackupError('crypto-unavailable'));
    expect(
      await refusal(readBackupText(sealed, { passphrase: 'correct horse 電池', derive: broken })),
    ).toBe('crypto-unavailable');
  });

  it('refuse a wrong passphrase, a changed byte or a changed header, never garbage', async () => {
    const sealed = await encryptBackup(text(), 'pass', derive);
    const env = JSON.parse(sealed) as {
      ciphertext: string;
      cipher: { iv: string };
      kdf: { salt: string };
    };
    expect(await refusal(readBackupText(sealed, { passphrase: 'Pass', derive }))).toBe(
      'wrong-passphrase',
    );
    const bytes = fromBase64(env.ciphertext)!;
    for (const at of [0, 17, bytes.length - 1]) {
      const changed = bytes.slice();
      changed[at] = changed[at]! ^ 1;
      const file = JSON.stringify({ ...env, ciphertext: toBase64(changed) });
      expect(await refusal(readBackupText(file, { passphrase: 'pass', derive }))).toBe(
        'wrong-passphrase',
      );
    }
    const iv = fromBase64(env.cipher.iv)!;
    iv[0] = iv[0]! ^ 1;
    const otherIv = JSON.stringify({ ...env, cipher: { ...env.cipher, iv: toBase64(iv) } });
    expect(await refusal(readBackupText(otherIv, { passphrase: 'pass', derive }))).toBe(
      'wrong-passphrase',
    );
    const more = JSON.stringify({ ...env, kdf: { ...env.kdf, iterations: 1 } });
    expect(await refusal(readBackupText(more, { passphrase: 'pass', derive }))).toBe('invalid');
  });

  it('derives the key on this thread where Worker is missing (the default)', async () => {
    const sealed = await encryptBackup('{}', 'p');
    const env = parseEncrypted(JSON.parse(sealed));
    expect(await decryptBackup(env, 'p')).toBe('{}');
  });
});

describe('merge decisions', () => {
  const old = { updatedAt: '2026-11-01T00:00:00.000Z', createdAt: '2026-11-01T00:00:00.000Z' };
  const recent = { updatedAt: '2026-11-02T00:00:00+09:00', createdAt: '2026-11-02T00:00:00+09:00' };
  it('adds what is missing, updates only when the file is newer, never takes settings', () => {
    expect(decide('incidents', undefined, old)).toBe('add');
    expect(decide('incidents', old, recent)).toBe('update');
    expect(decide('incidents', recent, old)).toBe('keep');
    expect(decide('incidents', old, old)).toBe('keep');
    expect(decide('timeline', old, recent)).toBe('update');
    expect(decide('settings', { key: 'a', value: 1 }, { key: 'a', value: 2 })).toBe('keep');
    // A setting missing on this device is not taken from the file either (device-local).
    expect(decide('settings', undefined, { key: 'lastBackupAt', value: 'x' })).toBe('keep');
  });

  it('describes the result in Japanese', () => {
    const c = emptyCounts();
    expect(describeRestore(c)).toContain('変更はありませんでした');
    c.added.incidents = 2;
    c.added.timeline = 5;
    c.updated.incidents = 1;
    expect(describeRestore(c)).toBe(
      '復元しました。追加: 対応記録 2件、記録の項目・チェック・経過など 5件。更新: 対応記録 1件。',
    );
    c.debriefs = 3;
    expect(describeRestore(c)).toContain('訓練のふりかえり 3件をこれまでの訓練に加えました');
  });
});
