// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

// A real `blocked` needs an older tab's connection refusing to close during an upgrade, which
// one test process cannot stage: drive idb's callbacks directly, counting the opens.
const calls: { blocked?: () => void; terminated?: () => void } = {};
let opened = 0;
vi.mock('idb', () => ({
  openDB: (_name: string, _version: number, callbacks: typeof calls) => {
    opened++;
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
    const first = await getDB();
    expect(await getDB()).toBe(first); // one connection while it lives
    const before = opened;
    const lost: string[] = [];
    onConnectionLost((e) => lost.push(e.message));
    calls.terminated?.();
    expect(lost[0]).toMatch(/再読み込みしてください/);
    const next = await getDB();
    expect(opened).toBe(before + 1);
    expect(next).not.toBe(first);
  });
});
