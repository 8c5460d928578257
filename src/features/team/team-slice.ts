// What the team screens do: read this phone's team setting, and call team mode's lazy chunk.
import { getResponderName, getSetting, TEAM_KEY, type TeamSetting } from '../../storage/settings';
import type { TeamInput } from '../../sync/team-sync';
import { messagesOf } from '../../i18n/active';
import { team as messages } from '../../i18n/ja/team';

export type { TeamInput };

/** Team mode's chunk (PouchDB), loaded on first use. */
const teamSync = () => import('../../sync/team-sync');

/** Team mode as the settings screen shows it (never the password or keys). */
export interface TeamView {
  enabled: boolean;
  db: string;
  user: string;
  deviceName: string;
}

/** Reads this phone's team setting; the name of the phone defaults from the responder's name. */
export async function readTeam(): Promise<TeamView> {
  const [team, name] = await Promise.all([
    getSetting<TeamSetting>(TEAM_KEY),
    getResponderName().catch(() => ''),
  ]);
  // On, but not started at launch (no localStorage hint): start it now.
  if (team?.enabled) void teamSync().then((m) => m.runTeam());
  return {
    enabled: !!team?.enabled,
    db: team?.db ?? '',
    user: team?.user ?? '',
    deviceName: team?.deviceName ?? (name ? messagesOf(messages).deviceOf(name) : ''),
  };
}

/** Tests the server, account and passphrase; resolves to the words to show (throws on failure). */
export async function testTeamConnection(input: TeamInput): Promise<string> {
  const found = await (await teamSync()).testTeam(input);
  const m = messagesOf(messages);
  return found === 'new' ? m.testNew : m.testJoined;
}

/** Turns team mode on (nothing is saved if the account or passphrase is wrong). */
export async function startTeam(input: TeamInput): Promise<void> {
  await (await teamSync()).enableTeam(input);
}

/** Turns team mode off on this phone. */
export async function stopTeam(): Promise<void> {
  await (await teamSync()).disableTeam();
}

/** The message of a failure (team mode's own, or a storage error's). */
export const failureText = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : messagesOf(messages).failed;
