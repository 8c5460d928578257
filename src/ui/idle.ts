/** Runs `task` once the page has nothing more urgent to do (at the latest after `timeout` ms). */
export function whenIdle(task: () => void, timeout = 1000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task, timeout);
}

/**
 * Runs `steps` one per idle moment, each only once the one before has settled (a failed step
 * does not stop the rest): loads that arrived together would be evaluated in one long task.
 * `done` runs once the last step has settled.
 */
export function whenIdleInTurn(
  steps: readonly (() => Promise<unknown>)[],
  done: () => void = () => {},
): void {
  const next = (i: number) => {
    const step = steps[i];
    const after = () => next(i + 1);
    if (step) whenIdle(() => void step().then(after, after));
    else done();
  };
  next(0);
}
