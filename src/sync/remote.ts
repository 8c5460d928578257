// The team's server: the deployment's CouchDB, on this origin under /couchdb/ unless the build
// set another origin (VITE_SYNC_ORIGIN, which the build also adds to the CSP).
import { toBase64 } from '../export/backup/base64';
import { TeamError, kindOfStatus } from './errors';

/** What connects this phone to the team's database. */
export interface ServerAccount {
  db: string;
  user: string;
  password: string;
}

/** The server's base URL (no trailing slash). */
export function serverBase(): string {
  const origin = import.meta.env.VITE_SYNC_ORIGIN as string | undefined;
  return origin ? origin.replace(/\/+$/, '') : `${location.origin}/couchdb`;
}

/** The database's URL. */
export const databaseUrl = (db: string): string => `${serverBase()}/${encodeURIComponent(db)}`;

/** The Basic authorization header of an account (UTF-8). */
export const basicAuth = (a: ServerAccount): string =>
  `Basic ${toBase64(new TextEncoder().encode(`${a.user}:${a.password}`))}`;

/** GETs a path of the team database; throws TeamError for what the status means. */
export async function getFromDatabase(account: ServerAccount, path = ''): Promise<Response | null> {
  let response: Response;
  try {
    response = await fetch(`${databaseUrl(account.db)}${path}`, {
      headers: { authorization: basicAuth(account), accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new TeamError('offline');
  }
  // A missing document (not the database) is an answer, not a failure.
  if (response.status === 404 && path) {
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { reason?: string };
    if (body.reason === 'missing' || body.reason === 'deleted') return null;
  }
  if (!response.ok) throw new TeamError(kindOfStatus(response.status));
  return response;
}
