/**
 * ふりかえり of finished drills, kept in one settings row (no store of their own, so no new
 * database version) apart from the drill incidents: a debrief outlives its deleted drill.
 */
import { read, write } from './db';
import { notifyChange } from './broadcast';

/** The settings key of the kept debriefs (frozen: stored on phones). */
export const DEBRIEFS_KEY = 'drill-debriefs';

/** How many debriefs are kept; the oldest goes first (a settings row stays small). */
export const MAX_DEBRIEFS = 100;

/** One finished drill as it stood when its debrief was last saved. Ids only, no wording. */
export interface DrillDebrief {
  /** The drill incident (which may since have been deleted). */
  incidentId: string;
  /** playbooks/drills scenario id. */
  scenarioId: string;
  /** When the drill started (ISO). */
  startedAt: string;
  /** When this debrief was saved (ISO). */
  savedAt: string;
  /** Measured step id → drill minutes from 発覚 (absent: not done). */
  durations: Record<string, number>;
  /** Expected checklist item ids not ticked. */
  missed: string[];
  /** The drill's reporting answers (question id → answer). */
  answers: Record<string, string>;
}

/** Every kept debrief, oldest first ([] when none). */
export async function listDrillDebriefs(): Promise<DrillDebrief[]> {
  const row = await read(['settings'], (tx) => tx.objectStore('settings').get(DEBRIEFS_KEY));
  return Array.isArray(row?.value) ? (row.value as DrillDebrief[]) : [];
}

/** Saves (or replaces, by incident) one debrief in its own strict transaction. */
export async function saveDrillDebrief(debrief: DrillDebrief): Promise<void> {
  await write(['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const row = await store.get(DEBRIEFS_KEY);
    const kept = Array.isArray(row?.value) ? (row.value as DrillDebrief[]) : [];
    const others = kept.filter((d) => d.incidentId !== debrief.incidentId);
    const value = [...others, debrief]
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .slice(-MAX_DEBRIEFS);
    await store.put({ key: DEBRIEFS_KEY, value });
  });
  notifyChange({ incidentId: debrief.incidentId, part: 'settings' });
}
