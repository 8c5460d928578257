/** Runs `task` once the page has nothing more urgent to do (at the latest after `timeout` ms). */
export function whenIdle(task: () => void, timeout = 1000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task, timeout);
}
