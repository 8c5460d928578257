import { getSetting } from '../storage/settings';

/** Starts team mode's sync (its own chunk) after the first paint, if it is on for this phone. */
export function bootTeam(): void {
  setTimeout(() => {
    getSetting<{ enabled?: boolean }>('team').then(
      async (team) => {
        if (team?.enabled) await (await import('../sync/team-sync')).runTeam();
      },
      () => {},
    );
  }, 500);
}
