import { read, write } from './db';
import { notifyChange } from './broadcast';

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
