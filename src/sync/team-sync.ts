// Team mode's entry point: its own lazy chunk (team-sync-*.js, with PouchDB), loaded only when
// team mode is on or being set up, cached by the service worker at first use.
import {
  getDeviceId,
  getSetting,
  setSetting,
  TEAM_KEY,
  type TeamSetting,
} from '../storage/settings';
import { publishTeamStatus } from '../features/team/TeamStatusLine';
import { deriveTeamKeys, type TeamKeys } from './crypto';
import { CHECK_ID, checkBody, verifyTeam } from './check';
import PouchDB from 'pouchdb-browser';
import { Engine, localName } from './engine';
import { TeamError } from './errors';
import { contentLabels } from './labels';
import { TEAM_HINT } from '../app/team-boot';

/** The service worker's cache of files kept at first use (DEMAND_CACHE, src/sw/later.ts). */
const TEAM_CACHE = 'incident-navi-on-demand';

/**
 * Keeps this chunk for offline starts. The service worker caches it when it fetches it, but on
 * the first visit the chunk may load before the worker controls the page: it caches itself.
 */
async function keepForOffline() {
  try {
    const cache = await caches.open(TEAM_CACHE);
    if (await cache.match(import.meta.url)) return;
    await cache.add(import.meta.url);
    // A previous version's copy is not needed any more.
    for (const old of await cache.keys()) {
      if (/team-sync-/.test(old.url) && old.url !== import.meta.url) await cache.delete(old);
    }
  } catch {
    // No Cache Storage (or offline now): the service worker caches it on a later load.
  }
}

/** Tells the next start of the app to load team mode (or not). */
function hint(on: boolean) {
  try {
    if (on) localStorage.setItem(TEAM_HINT, '1');
    else localStorage.removeItem(TEAM_HINT);
  } catch {
    // Without localStorage, team mode starts when 設定 → チーム is opened.
  }
}

export { TeamError };

/** What a person types on 設定 → チーム. */
export interface TeamInput {
  db: string;
  user: string;
  password: string;
  passphrase: string;
  deviceName: string;
}

let engine: Engine | null = null;
let release: (() => void) | null = null;
let running: Promise<void> | null = null;
let waiting = false;

function checkInput(input: TeamInput) {
  if (!input.db.trim() || !input.user.trim() || !input.password || !input.passphrase) {
    throw new TeamError('input');
  }
}

/**
 * Tests the connection and the passphrase without writing anything: 'new' when this phone
 * would start the team's database, 'ok' when it joins. Throws TeamError with what to do.
 */
export async function testTeam(input: TeamInput, keys?: TeamKeys): Promise<'new' | 'ok'> {
  checkInput(input);
  const account = { db: input.db.trim(), user: input.user.trim(), password: input.password };
  return verifyTeam(account, keys ?? (await deriveTeamKeys(input.passphrase, account.db)));
}

/** Turns team mode on: checks the account and passphrase first; nothing is saved if either fails. */
export async function enableTeam(input: TeamInput): Promise<void> {
  checkInput(input);
  const db = input.db.trim();
  const keys = await deriveTeamKeys(input.passphrase, db);
  const found = await testTeam(input, keys);
  const before = await getSetting<TeamSetting>(TEAM_KEY);
  const setting: TeamSetting = {
    enabled: true,
    db,
    user: input.user.trim(),
    password: input.password,
    device: before?.device ?? (await getDeviceId()),
    deviceName: input.deviceName.trim() || 'この端末',
    keys,
  };
  await stopTeam();
  await setSetting(TEAM_KEY, setting);
  if (found === 'new') {
    // The first phone of the team writes the check document the others' passphrases must open.
    const local = new PouchDB(localName(db));
    const body = await checkBody(keys);
    await local.get(CHECK_ID).catch(() => local.put({ _id: CHECK_ID, ...body }));
    await local.close();
  }
  await runTeam();
}

/** Turns team mode off: stops syncing and forgets the password and keys (the records stay). */
export async function disableTeam(): Promise<void> {
  await stopTeam();
  const before = await getSetting<TeamSetting>(TEAM_KEY);
  if (before) {
    await setSetting(TEAM_KEY, { ...before, keys: undefined, password: '', enabled: false });
  }
  hint(false);
  publishTeamStatus({ state: 'off', pending: 0 });
}

/**
 * Starts syncing if team mode is on. One tab syncs at a time (a Web Lock); the others show its
 * status. Resolves once this tab's sync has started, or at once when another tab holds it.
 */
export function runTeam(): Promise<void> {
  // Already syncing here, or in line behind the tab that does.
  if (engine || waiting) return Promise.resolve();
  running ??= (async () => {
    const setting = await getSetting<TeamSetting>(TEAM_KEY);
    hint(!!setting?.enabled);
    if (!setting?.enabled || !setting.keys) return;
    void keepForOffline();
    const settingWithKeys = { ...setting, keys: setting.keys };
    const start = async () => {
      engine = new Engine(settingWithKeys, await contentLabels());
      await engine.start();
    };
    if (typeof navigator === 'undefined' || !navigator.locks) return start();
    await new Promise<void>((started) => {
      void navigator.locks.request('incident-navi-team', { ifAvailable: true }, async (lock) => {
        if (!lock) {
          // Another tab syncs; hold on in line for when it closes.
          started();
          waiting = true;
          void navigator.locks.request('incident-navi-team', async () => {
            waiting = false;
            await start();
            await new Promise<void>((r) => (release = r));
          });
          return;
        }
        await start().finally(started);
        await new Promise<void>((r) => (release = r));
      });
    });
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Stops this tab's sync (if any). */
export async function stopTeam(): Promise<void> {
  await running;
  const current = engine;
  engine = null;
  await current?.stop();
  release?.();
  release = null;
}

/** The running engine of this tab (the bench and tests look at it). */
export const currentEngine = (): Engine | null => engine;
