import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdleInTurn } from './idle';

// Idle callbacks queued by the code under test, run when the test says the page is idle.
let idle: (() => void)[] = [];
const runIdle = () => {
  const due = idle;
  idle = [];
  due.forEach((task) => task());
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('whenIdleInTurn', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    idle = [];
  });

  it('asks for the next step only once the one before has settled and the page is idle again', async () => {
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    const first = deferred();
    const second = deferred();
    const started: string[] = [];
    let done = 0;
    whenIdleInTurn(
      [
        () => (started.push('first'), first.promise),
        () => (started.push('second'), second.promise),
        () => (started.push('third'), Promise.resolve()),
      ],
      () => done++,
    );
    expect(started).toEqual([]);
    runIdle();
    expect(started).toEqual(['first']);
    runIdle();
    await settle();
    expect(started).toEqual(['first']);
    first.resolve();
    await settle();
    expect(started).toEqual(['first']);
    runIdle();
    expect(started).toEqual(['first', 'second']);
    // A step that fails does not stop the rest.
    second.reject(new Error('offline'));
    await settle();
    runIdle();
    expect(started).toEqual(['first', 'second', 'third']);
    expect(done).toBe(0);
    await settle();
    runIdle();
    expect(done).toBe(1);
    expect(idle).toEqual([]);
  });
});
