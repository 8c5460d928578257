/**
 * The durations of an incident from its checklist: which items mark which measured step
 * (section kinds, or one basic step). The measuring itself is src/lib/durations.ts.
 */
import type { Checklist } from '../../content/checklist';
import type { SectionKind } from '../../content/model';
import type { IncidentSnapshot } from '../../storage/schema';
import {
  measureDurations,
  type Durations,
  type StepId,
  type StepsOfItem,
} from '../../lib/durations';

export { STEP_LABELS, minutesLabel, type Durations } from '../../lib/durations';

/** Which checklist section kinds mark a step done. */
const STEP_SECTIONS: Partial<Record<SectionKind, StepId>> = {
  'first-response': 'contain',
  'first-report': 'first-report',
  recovery: 'recovered',
};

/** Checklist item id → the steps it marks, for this checklist. */
export function stepsOfChecklist(checklist: Checklist): StepsOfItem {
  const out: Record<string, StepId[]> = { 'basic-report-to-management': ['management'] };
  for (const ph of checklist)
    for (const s of ph.sections) {
      const step = STEP_SECTIONS[s.kind];
      if (step) for (const it of s.items) (out[it.id] ??= []).push(step);
    }
  return out;
}

/**
 * Minutes from 発覚 to each step known so far (absent while a step is not done). `timeOf`
 * maps each recorded real time (ms), e.g. onto a drill's clock.
 */
export const durationsOf = (
  snap: Pick<IncidentSnapshot, 'incident' | 'progress' | 'timeline'> &
    Partial<Pick<IncidentSnapshot, 'reporting'>>,
  checklist: Checklist,
  timeOf?: (realMs: number) => number,
): Durations => measureDurations(snap, stepsOfChecklist(checklist), timeOf);
