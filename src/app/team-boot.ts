/** The localStorage key that says team mode is on here (a hint; the settings row decides). */
export const TEAM_HINT = 'incident-navi-team';

/** Starts team mode's sync (its own chunk) after the first paint, if it is on for this phone. */
export function bootTeam(): void {
  try {
    if (localStorage.getItem(TEAM_HINT)) {
      setTimeout(() => import('./team-start'), 300);
    }
  } catch {
    // No localStorage (private mode): team mode starts when its page is opened.
  }
}
