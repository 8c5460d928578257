// The team's check document: a known text sealed with the team key. A phone with another
// passphrase cannot open it, and is stopped before it writes anything.
import { open, seal, type SealedBody, type TeamKeys } from './crypto';
import { getFromDatabase, type ServerAccount } from './remote';
import { TeamError } from './errors';

/** The check document's id (fixed; it says nothing about the records). */
export const CHECK_ID = 'check';
const MARK = 'incident-navi team v1';

/** The check document's body for a new team. */
export const checkBody = (keys: TeamKeys): Promise<SealedBody> => seal(keys, CHECK_ID, MARK);

/** Whether `body` was sealed with these keys (a wrong passphrase: TeamError('passphrase')). */
export async function assertCheck(keys: TeamKeys, body: Partial<SealedBody>): Promise<void> {
  if ((await open(keys, CHECK_ID, body)) !== MARK) throw new TeamError('passphrase');
}

/**
 * Connects with the account and checks the passphrase against the team's check document:
 * 'new' when the team has none yet (this phone is the first), 'ok' when it opens.
 */
export async function verifyTeam(account: ServerAccount, keys: TeamKeys): Promise<'new' | 'ok'> {
  await getFromDatabase(account);
  const response = await getFromDatabase(account, `/${CHECK_ID}`);
  if (!response) return 'new';
  await assertCheck(keys, (await response.json()) as Partial<SealedBody>);
  return 'ok';
}
