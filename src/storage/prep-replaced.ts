/**
 * 備え records that another phone's later change replaced here (team mode), kept in one settings
 * row (no store of its own, so no new database version) until the person marks each as checked.
 */
import type { PrepRecord } from './prep-schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { newId } from './ids';
import type { SettingsStore } from './settings';

/** The settings key of the replaced 備え records (frozen: stored on phones). */
export const PREP_REPLACED_KEY = 'prep-replaced';

/** How many replaced records are kept; the oldest goes first (a settings row stays small). */
export const MAX_PREP_REPLACED = 50;

/** One replaced 備え record: the value this phone had, when and why it was replaced. */
export interface ReplacedPrep {
  id: string;
  /** When it was replaced here (ISO). */
  at: string;
  /** Why, in calm Japanese (names the other phone). */
  text: string;
  /** The record as it was stored here before. */
  record: PrepRecord;
}

/** The kept entries of a settings row, ignoring anything malformed. */
function entriesOf(value: unknown): ReplacedPrep[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is ReplacedPrep =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as ReplacedPrep).id === 'string' &&
      typeof (e as ReplacedPrep).at === 'string' &&
      typeof (e as ReplacedPrep).text === 'string' &&
      typeof (e as ReplacedPrep).record?.kind === 'string',
  );
}

/** Adds a replaced record (newest first, capped) inside the caller's transaction. */
export async function keepReplacedPrep(
  settings: SettingsStore,
  entry: Omit<ReplacedPrep, 'id'>,
): Promise<void> {
  const row = await settings.get(PREP_REPLACED_KEY);
  const value = [{ id: newId(), ...entry }, ...entriesOf(row?.value)].slice(0, MAX_PREP_REPLACED);
  await settings.put({ key: PREP_REPLACED_KEY, value });
}

/** Every kept replaced record, newest first ([] when none). */
export async function listReplacedPrep(): Promise<ReplacedPrep[]> {
  const row = await read(['settings'], (tx) => tx.objectStore('settings').get(PREP_REPLACED_KEY));
  return entriesOf(row?.value);
}

/** Removes one entry the person has checked, in its own strict transaction. */
export async function dismissReplacedPrep(id: string): Promise<void> {
  await write(['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const row = await store.get(PREP_REPLACED_KEY);
    const value = entriesOf(row?.value).filter((e) => e.id !== id);
    await store.put({ key: PREP_REPLACED_KEY, value });
  });
  notifyChange({ incidentId: null, part: 'prep' });
}
