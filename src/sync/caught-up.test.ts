import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Replication } from 'pouchdb-browser';
import { followCatchUp } from './caught-up';

/** Two directions as PouchDB's live sync has them (plain event emitters). */
function fakeSync() {
  const push = new EventEmitter();
  const pull = new EventEmitter();
  return {
    sync: { push: push as unknown as Replication, pull: pull as unknown as Replication },
    push,
    pull,
  };
}

describe('following a live sync until both directions caught up', () => {
  it('waits for the first pull when the push had nothing to send', () => {
    const { sync, push, pull } = fakeSync();
    const caughtUp = vi.fn();
    followCatchUp(sync, caughtUp, vi.fn());
    // The push pauses at once; PouchDB's own sync would now say "paused" for both.
    push.emit('paused');
    expect(caughtUp).not.toHaveBeenCalled();
    pull.emit('active');
    expect(caughtUp).not.toHaveBeenCalled();
    pull.emit('paused');
    expect(caughtUp).toHaveBeenCalledTimes(1);
  });

  it('is not caught up while a direction is active again, and again once it pauses', () => {
    const { sync, push, pull } = fakeSync();
    const caughtUp = vi.fn();
    const now = followCatchUp(sync, caughtUp, vi.fn());
    push.emit('paused');
    expect(now()).toBe(false);
    pull.emit('paused');
    expect(now()).toBe(true);
    push.emit('active');
    expect(now()).toBe(false);
    expect(caughtUp).toHaveBeenCalledTimes(1);
    push.emit('paused');
    expect(now()).toBe(true);
    expect(caughtUp).toHaveBeenCalledTimes(2);
  });

  it('reports a pause to retry, and counts that direction as not caught up', () => {
    const { sync, push, pull } = fakeSync();
    const caughtUp = vi.fn();
    const waiting = vi.fn();
    followCatchUp(sync, caughtUp, waiting);
    push.emit('paused');
    const error = { status: 0, message: 'Failed to fetch' };
    pull.emit('paused', error);
    expect(waiting).toHaveBeenCalledWith(error);
    expect(caughtUp).not.toHaveBeenCalled();
    // The server is back: the pull starts again and catches up.
    pull.emit('active');
    pull.emit('paused');
    expect(caughtUp).toHaveBeenCalledTimes(1);
  });
});
