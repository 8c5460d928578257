// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

// The app's schema is at version 1, so a real `blocked` (an older connection refusing to
// close during an upgrade) cannot be produced here: drive idb's callbacks directly.
const calls: { blocked?: () => void; terminated?: () => void } = {};
vi.mock('idb', () => ({
  openDB: (_name: string, _version: number, callbacks: typeof calls) => {
    Object.assign(calls, callbacks);
    if (mode === 'hang') return new Promise(() => {});
    return Promise.resolve({ close: () => {} });
  },
}));
let mode: 'hang' | 'ok' = 'hang';

describe('openDB callbacks', () => {
  it('blocked rejects at once with kind blocked and the message to close other tabs', async () => {
    const { getDB } = await import('./db');
    const opening = getDB();
    calls.blocked?.();
    await expect(opening).rejects.toMatchObject({
      kind: 'blocked',
      message: expect.stringMatching(/他のタブを閉じて/),
    });
  });

  it('terminated tells the app to reload and the next call reopens', async () => {
    mode = 'ok';
    const { getDB, onConnectionLost } = await import('./db');
    await getDB();
    const lost: string[] = [];
    onConnectionLost((e) => lost.push(e.message));
    calls.terminated?.();
    expect(lost[0]).toMatch(/再読み込みしてください/);
    await expect(getDB()).resolves.toBeDefined();
  });
});
