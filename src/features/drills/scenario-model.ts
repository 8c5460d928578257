/**
 * Drill scenarios (playbooks/drills/*.yaml, kind 'drill'): the types the browser uses.
 * The YAML is validated at build time (drills-plugin.ts); no parser ships to the phone.
 */
import type { Answer, QuestionId } from '../reporting/questions';

/** How an inject reaches the people in the drill (ids; labels in the drills-run messages). */
export const CHANNELS = ['phone', 'mail', 'screen', 'visit'] as const;
export type Channel = (typeof CHANNELS)[number];

export { STEP_IDS, type StepId } from '../../lib/durations';
import type { StepId } from '../../lib/durations';

/** One piece of new information, at T+`at` minutes from the start of the drill. */
export interface Inject {
  at: number;
  channel: Channel;
  text: string;
  /** What the people are expected to do next. */
  expect?: {
    /** Checklist item ids (playbooks/*.yaml). */
    items?: string[];
    /** Reporting answers the inject settles. */
    answers?: Partial<Record<QuestionId, Answer>>;
  };
}

/**
 * One step of the model answer. With an `item`, the guide's own text of that item says what
 * and why (`why` adds the drill's reason); a decision without an item needs text, why, guide.
 */
export interface ModelStep {
  /** A checklist item id, or absent for a decision that is not an item. */
  item?: string;
  text?: string;
  why?: string;
  /** Where the guide says so (part and section). */
  guide?: string;
}

/** A drill scenario. */
export interface Scenario {
  kind: 'drill';
  id: string;
  title: string;
  /** Incident type ids (playbooks) and cause ids the drill incident starts with. */
  types: string[];
  causes?: string[];
  /** Planned length in minutes. */
  minutes: number;
  /** Target minutes from 発覚 for each measured step (the company's own aims, advice). */
  targets?: Partial<Record<StepId, number>>;
  injects: Inject[];
  model: ModelStep[];
}
