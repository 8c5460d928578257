/**
 * The content of a ふりかえり, as kept (ids and minutes only), and how runs of the same
 * scenario compare. Pure.
 */
import type { Checklist } from '../../content/checklist';
import type { DrillDebrief, IncidentSnapshot } from '../../storage';
import { durationsOf, type Durations } from './durations';
import { STEP_IDS, type Scenario, type StepId } from './scenario-model';

/** The drill's debrief as it stands now (for keeping). */
export function debriefOf(
  scenario: Scenario,
  snap: Pick<IncidentSnapshot, 'incident' | 'progress' | 'timeline'>,
  checklist: Checklist,
  answers: Record<string, string>,
  timeOf: ((realMs: number) => number) | undefined,
  now: Date,
): DrillDebrief {
  const inList = new Set(
    checklist.flatMap((ph) => ph.sections.flatMap((s) => s.items.map((i) => i.id))),
  );
  const settled = new Set(snap.progress.filter((p) => p.state !== 'open').map((p) => p.itemId));
  const expected = [...new Set(scenario.injects.flatMap((i) => i.expect?.items ?? []))];
  return {
    incidentId: snap.incident.id,
    scenarioId: scenario.id,
    startedAt: snap.incident.discoveredAt,
    savedAt: now.toISOString(),
    durations: durationsOf(snap, checklist, timeOf) as Record<string, number>,
    missed: expected.filter((id) => inList.has(id) && !settled.has(id)),
    answers: { ...answers },
  };
}

/** The minutes of one kept debrief as measured steps. */
export const durationsOfKept = (d: DrillDebrief): Durations => d.durations as Durations;

/** How a step went against the previous run: fewer minutes are better. */
export type Trend = 'better' | 'worse' | 'same' | 'unknown';

/** One measured step over the runs of a scenario, oldest first, and its trend. */
export interface StepComparison {
  step: StepId;
  minutes: (number | undefined)[];
  trend: Trend;
  /** Minutes gained (positive) or lost (negative) against the previous run. */
  delta: number;
}

/**
 * Each measured step across `runs` (oldest first; the last is the one being read): its
 * minutes per run and whether the last run did better than the one before. A step done
 * now and not before is better; one not done now but done before is worse.
 */
export function compareRuns(runs: readonly DrillDebrief[]): StepComparison[] {
  const prev = runs.at(-2);
  const last = runs.at(-1);
  return STEP_IDS.filter((s) => runs.some((r) => r.durations[s] !== undefined)).map((step) => {
    const minutes = runs.map((r) => r.durations[step]);
    const a = prev?.durations[step];
    const b = last?.durations[step];
    let trend: Trend = 'unknown';
    if (prev && a !== undefined && b !== undefined)
      trend = b < a ? 'better' : b > a ? 'worse' : 'same';
    else if (prev && a === undefined && b !== undefined) trend = 'better';
    else if (prev && a !== undefined && b === undefined) trend = 'worse';
    return { step, minutes, trend, delta: a !== undefined && b !== undefined ? a - b : 0 };
  });
}
