// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

// Some browsers throw from indexedDB.open() at once instead of firing an error event.
let thrown: Error = new Error('unset');
vi.mock('idb', () => ({
  openDB: () => {
    throw thrown;
  },
}));

const named = (name: string) =>
  Object.assign(new Error(`The user denied permission (${name})`), { name });

describe('opening the database throws at once', () => {
  it('site data blocked: getDB rejects with the settings message, not the raw text', async () => {
    thrown = named('SecurityError');
    const { getDB } = await import('./db');
    await expect(getDB()).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'denied',
      message: expect.stringMatching(/ブラウザの設定/),
    });
  });

  it('a write (the new-incident form) gets the Japanese message too', async () => {
    thrown = named('InvalidStateError');
    const { write } = await import('./db');
    const error = await write(['incidents'], async () => 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', kind: 'unavailable' });
    expect((error as Error).message).not.toMatch(/denied/);
  });
});
