/**
 * Drills (訓練) are tracked in one settings row, written in the same transaction as the
 * incident, so that counting the real open incidents never scans them all.
 */
export const DRILLS_KEY = 'drills';

/** Incident id → scenario id of every drill incident ever started (purged ids stay, harmless). */
export type DrillIndex = Record<string, string>;

/** The settings store inside a read-write transaction (only get and put are used). */
interface SettingsStore {
  get(key: string): Promise<{ key: string; value: unknown } | undefined>;
  put(row: { key: string; value: never }): Promise<unknown>;
}

/** Adds drill incidents to the index (in the caller's transaction). */
export async function addToDrillIndex(settings: SettingsStore, added: DrillIndex): Promise<void> {
  const row = await settings.get(DRILLS_KEY);
  const value = { ...((row?.value as DrillIndex | undefined) ?? {}), ...added };
  await settings.put({ key: DRILLS_KEY, value: value as never });
}
