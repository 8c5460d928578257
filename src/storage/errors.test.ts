// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES, StorageError, toStorageError } from './errors';

const dom = (name: string) => Object.assign(new Error(`raw ${name} text`), { name });

describe('toStorageError gives each cause its own Japanese message', () => {
  it.each([
    ['QuotaExceededError', 'quota', /空き容量が足りない/],
    ['SecurityError', 'denied', /ブラウザの設定で.*止められています/],
    ['NotAllowedError', 'denied', /ブラウザの設定で/],
    ['InvalidStateError', 'unavailable', /プライベートブラウズ/],
    ['UnknownError', 'unavailable', /保存の機能が使えない/],
    ['VersionError', 'outdated', /新しいバージョンに切り替えて/],
    ['AbortError', 'failed', /少し待ってから/],
  ] as const)('%s → %s', (name, kind, message) => {
    const error = toStorageError(dom(name));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/raw/);
  });

  it('no two causes share a message', () => {
    const messages = Object.values(STORAGE_MESSAGES);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('a version change elsewhere asks for exactly one reload', () => {
    expect(new StorageError('version').message).toMatch(/一度だけ再読み込み/);
  });

  it('a blocked upgrade asks to close the other tabs', () => {
    expect(new StorageError('blocked').message).toMatch(/他のタブを閉じて/);
  });
});
