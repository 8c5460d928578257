/**
 * How long each step took, from 発覚, read from the record (checklist progress, reporting
 * statuses, timeline kinds): for drills and real incidents, on screen and in exports. Pure.
 */
import type { IncidentSnapshot } from '../storage/schema';
import { timelineKind } from '../storage/timeline-kind';

/** The measured steps, from 発覚 (ids; labels in STEP_LABELS). */
export const STEP_IDS = ['contain', 'management', 'decision', 'first-report', 'recovered'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Labels of the measured steps. */
export const STEP_LABELS: Record<StepId, string> = {
  contain: '最初の初動対応',
  management: '経営者への報告',
  decision: '報告・届出の判断',
  'first-report': '第一報',
  recovered: '復旧',
};

/** Measured steps → minutes from 発覚 (a step not done yet is absent). */
export type Durations = Partial<Record<StepId, number>>;

/** Checklist item id → the steps its completion marks. */
export type StepsOfItem = Readonly<Record<string, readonly StepId[]>>;

/** From real time `at` on, drill time is `drill` + (real ms since `at`) × `rate` (0 paused). */
export interface ClockMark {
  at: number;
  drill: number;
  rate: number;
}

/**
 * A drill's clock marks as a map from real time (ms) to drill time (ms since the epoch, so
 * dates still read): real time before the start is left as it is.
 */
export function drillTimeFromMarks(marks: readonly ClockMark[]): (realMs: number) => number {
  const start = marks[0]?.at ?? 0;
  return (t) => {
    if (t < start) return t;
    let last = marks[0]!;
    for (const m of marks) if (m.at <= t) last = m;
    return start + last.drill + (t - last.at) * last.rate;
  };
}

/**
 * Minutes from 発覚 to each step known so far (absent while a step is not done). `timeOf`
 * maps each recorded real time (ms), e.g. onto a drill's clock.
 */
export function measureDurations(
  snap: Pick<IncidentSnapshot, 'incident' | 'progress' | 'timeline'> &
    Partial<Pick<IncidentSnapshot, 'reporting'>>,
  stepsOf: StepsOfItem,
  timeOf: (realMs: number) => number = (t) => t,
): Durations {
  const times: Partial<Record<StepId, string[]>> = {};
  const add = (step: StepId, at: string | undefined) => at && (times[step] ??= []).push(at);
  for (const p of snap.progress)
    if (p.state === 'done') for (const step of stepsOf[p.itemId] ?? []) add(step, p.at);
  // A decision recorded, or a destination's status set, means the question was decided.
  // A destination's status change (older entries: kind 'reporting' with a frozen prefix) is not a decision.
  for (const e of snap.timeline) if (timelineKind(e) === 'reporting') add('decision', e.at);
  for (const r of snap.reporting ?? []) if (r.status === 'done') add('first-report', r.updatedAt);
  const start = timeOf(Date.parse(snap.incident.discoveredAt));
  const out: Durations = {};
  for (const [step, list] of Object.entries(times)) {
    const parsed = list.map((t) => Date.parse(t)).filter((t) => !Number.isNaN(t));
    const first = Math.min(...parsed.map(timeOf));
    if (Number.isFinite(first))
      out[step as StepId] = Math.max(0, Math.round((first - start) / 60_000));
  }
  return out;
}

/** 「1時間5分」 for minutes. */
export const minutesLabel = (m: number): string =>
  m < 60 ? `${m}分` : `${Math.floor(m / 60)}時間${m % 60 ? `${m % 60}分` : ''}`;

/** 「経営者への報告：14分」 lines of the steps measured so far, in order. */
export const durationLines = (d: Durations): string[] =>
  STEP_IDS.filter((s) => d[s] !== undefined).map(
    (s) => `${STEP_LABELS[s]}：${minutesLabel(d[s]!)}`,
  );
