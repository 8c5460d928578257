import type { PouchError, Sync } from 'pouchdb-browser';

/**
 * Calls `caughtUp` each time both directions of a live sync have caught up, and `waiting`
 * when a direction pauses to retry. Each direction is followed on its own: the sync's own
 * 'paused' counts a direction that has not started yet as paused, so it fired when the push
 * had nothing to send while the first pull had not begun. Returns whether both are caught up
 * now (to check again after an await).
 */
export function followCatchUp(
  sync: Pick<Sync, 'push' | 'pull'>,
  caughtUp: () => void,
  waiting: (error: PouchError) => void,
): () => boolean {
  const done = { push: false, pull: false };
  for (const direction of ['push', 'pull'] as const) {
    sync[direction]
      .on('active', () => (done[direction] = false))
      .on('paused', (error) => {
        done[direction] = !error;
        if (error) waiting(error);
        else if (done.push && done.pull) caughtUp();
      });
  }
  return () => done.push && done.pull;
}
