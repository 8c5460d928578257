import type { SettingsStore } from './settings';

/**
 * Drills (訓練) are tracked in one settings row, written in the same transaction as the
 * incident, so that counting the real open incidents never scans them all.
 */
export const DRILLS_KEY = 'drills';

/** Incident id → scenario id of every drill incident ever started (purged ids stay, harmless). */
export type DrillIndex = Record<string, string>;

/** Adds drill incidents to the index (in the caller's transaction). */
export async function addToDrillIndex(settings: SettingsStore, added: DrillIndex): Promise<void> {
  const row = await settings.get(DRILLS_KEY);
  const value = { ...((row?.value as DrillIndex | undefined) ?? {}), ...added };
  await settings.put({ key: DRILLS_KEY, value });
}
