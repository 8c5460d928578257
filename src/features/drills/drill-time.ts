/**
 * Drill time for a drill incident: its record holds real times (ticks, statuses), and its
 * deadlines and durations read them on the drill clock (×5 makes one real minute five).
 */
import { drillTimeFromMarks } from '../../lib/durations';
import { loadClock } from './clock';

/** What drill time needs of an incident. */
export interface DrillTimeIncident {
  id: string;
  drill?: string;
}

/**
 * Maps a real time (ms) of the incident to drill time (ms), or undefined for a real incident
 * or a drill whose clock is not on this device. Times before the start are left as they are.
 */
export function drillTimeOf(incident: DrillTimeIncident): ((realMs: number) => number) | undefined {
  if (!incident.drill) return undefined;
  const marks = loadClock(incident.id)?.marks;
  // A clock saved before marks existed cannot map the past: real time stands for drill time.
  return marks?.length ? drillTimeFromMarks(marks) : undefined;
}

/** The incident's "now": drill time for a drill, `realNow` otherwise. */
export function incidentNow(incident: DrillTimeIncident, realNow: Date = new Date()): Date {
  const toDrill = drillTimeOf(incident);
  return toDrill ? new Date(toDrill(realNow.getTime())) : realNow;
}
