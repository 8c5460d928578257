/**
 * ふりかえり of finished drills, kept in one settings row (no store of their own, so no new
 * database version) apart from the drill incidents: a debrief outlives its deleted drill.
 */
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { touchIncident } from './touch';
import type { SettingsStore } from './settings';

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

/** The debriefs of the settings row ([] when there is none). */
const keptIn = (row: { value: unknown } | undefined): DrillDebrief[] =>
  Array.isArray(row?.value) ? (row.value as DrillDebrief[]) : [];

/** Every kept debrief, oldest first ([] when none). */
export async function listDrillDebriefs(): Promise<DrillDebrief[]> {
  const row = await read(['settings'], (tx) => tx.objectStore('settings').get(DEBRIEFS_KEY));
  return keptIn(row);
}

/** Kept debriefs with `incoming` added by drill (a later save wins), oldest first, capped. */
function withDebriefs(kept: DrillDebrief[], incoming: DrillDebrief[]): DrillDebrief[] {
  const byDrill = new Map(kept.map((d) => [d.incidentId, d]));
  for (const d of incoming) {
    const mine = byDrill.get(d.incidentId);
    if (!mine || d.savedAt > mine.savedAt) byDrill.set(d.incidentId, d);
  }
  return [...byDrill.values()]
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .slice(-MAX_DEBRIEFS);
}

/** Whether a value read from a file looks like a kept debrief (the rest is left out). */
const isDebrief = (d: unknown): d is DrillDebrief => {
  const r = d as Partial<DrillDebrief> | null;
  return (
    !!r &&
    typeof r.incidentId === 'string' &&
    typeof r.scenarioId === 'string' &&
    typeof r.startedAt === 'string' &&
    typeof r.savedAt === 'string' &&
    !!r.durations &&
    typeof r.durations === 'object' &&
    Array.isArray(r.missed) &&
    !!r.answers &&
    typeof r.answers === 'object'
  );
};

/**
 * A restore: adds the debriefs kept on the phone that made the backup (its settings row) to
 * this phone's, in the caller's transaction, so runs can still be compared on a new phone.
 * Returns how many were new or newer here.
 */
export async function mergeDrillDebriefs(
  settings: SettingsStore,
  fromBackup: unknown,
): Promise<number> {
  const incoming = Array.isArray(fromBackup) ? fromBackup.filter(isDebrief) : [];
  if (incoming.length === 0) return 0;
  const row = await settings.get(DEBRIEFS_KEY);
  const kept = keptIn(row);
  const value = withDebriefs(kept, incoming);
  const changed = value.filter((d) => !kept.includes(d)).length;
  if (changed > 0) await settings.put({ key: DEBRIEFS_KEY, value });
  return changed;
}

/** Saves (or replaces, by incident) one debrief in its own strict transaction. */
export async function saveDrillDebrief(debrief: DrillDebrief): Promise<void> {
  await write(['settings'], async (tx) => {
    const store = tx.objectStore('settings');
    const row = await store.get(DEBRIEFS_KEY);
    const kept = keptIn(row);
    const others = kept.filter((d) => d.incidentId !== debrief.incidentId);
    await store.put({ key: DEBRIEFS_KEY, value: withDebriefs(others, [debrief]) });
  });
  notifyChange({ incidentId: debrief.incidentId, part: 'settings' });
}

/**
 * Deletes one kept debrief and, when its drill incident is still there, moves that drill to the
 * trash, in one strict transaction: the drill's page would otherwise keep the debrief again when
 * opened. Restoring the drill from the trash brings its debrief back once its page is opened.
 */
export async function deleteDrillDebrief(incidentId: string): Promise<void> {
  const now = nowIso();
  const trashed = await write(['settings', 'incidents'], async (tx) => {
    const settings = tx.objectStore('settings');
    const incidents = tx.objectStore('incidents');
    const [row, drill] = await Promise.all([settings.get(DEBRIEFS_KEY), incidents.get(incidentId)]);
    const kept = keptIn(row);
    const value = kept.filter((d) => d.incidentId !== incidentId);
    await settings.put({ key: DEBRIEFS_KEY, value });
    if (!drill?.drill || drill.deletedAt) return false;
    // The index on deletedAt is the trash (as moveToTrash).
    await touchIncident(incidents, incidentId, now, () => ({ deletedAt: now }));
    return true;
  });
  notifyChange({ incidentId, part: trashed ? 'trash' : 'settings' });
}
