import { read, write } from './db';
import { notifyChange } from './broadcast';
import { newId } from './ids';

/** Reads one device setting; undefined when never set. */
export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = await read(['settings'], (tx) => tx.objectStore('settings').get(key));
  return row?.value as T | undefined;
}

/** Writes one device setting in its own strict transaction. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await write(['settings'], async (tx) => {
    await tx.objectStore('settings').put({ key, value });
  });
  notifyChange({ incidentId: null, part: 'settings' });
}

/** The settings store inside a read-write transaction (only get and put are used). */
export interface SettingsStore {
  get(key: string): Promise<{ key: string; value: unknown } | undefined>;
  put(value: { key: string; value: unknown }): Promise<unknown>;
}

const RESPONDER_KEY = 'responderName';

/** The responder's own name on this device ('' when not yet asked). */
export async function getResponderName(): Promise<string> {
  const value = await getSetting<unknown>(RESPONDER_KEY);
  return typeof value === 'string' ? value : '';
}

/** Stores the responder's own name. */
export function setResponderName(name: string): Promise<void> {
  return setSetting(RESPONDER_KEY, name.trim());
}

const LANGUAGE_KEY = 'language';

/** The language chosen on this device, as stored (undefined until someone chooses one). */
export function getLanguageChoice(): Promise<unknown> {
  return getSetting<unknown>(LANGUAGE_KEY);
}

/** Stores the language chosen on this device (a device setting: never taken from a backup). */
export function setLanguageChoice(language: string): Promise<void> {
  return setSetting(LANGUAGE_KEY, language);
}

// Team mode's one row: the configuration, this phone's id and name, and the team keys.
// FROZEN name 'team'. Never part of a backup: it holds the password and keys of this phone.

/** The settings key of team mode (frozen). */
export const TEAM_KEY = 'team';

/** Team mode on this phone (the password and keys never leave it; the passphrase is not kept). */
export interface TeamSetting {
  enabled: boolean;
  /** The team's database on the deployment's server. */
  db: string;
  user: string;
  password: string;
  /** This phone's random id (names its hash chain and its documents). */
  device: string;
  /** This phone's name as the others see it (e.g. 「総務・田中のiPhone」). */
  deviceName: string;
  /** The team keys derived from the passphrase (non-extractable CryptoKeys). */
  keys?: { aes: CryptoKey; hmac: CryptoKey };
}

const DEVICE_KEY = 'deviceId';

/** This phone's random id (team mode, files sent to another phone); made on first need. */
export async function getDeviceId(): Promise<string> {
  const stored = await getSetting<unknown>(DEVICE_KEY);
  if (typeof stored === 'string' && stored) return stored;
  const id = newId();
  await setSetting(DEVICE_KEY, id);
  return id;
}
