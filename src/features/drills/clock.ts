/**
 * The drill clock: drill time runs at real speed or faster (×5, ×10) and can be paused.
 * Pure state plus functions of `nowMs`, so it survives a reload (kept in localStorage) and
 * tests need only fake timers.
 */
import { drillTimeFromMarks, type ClockMark } from '../../lib/durations';
import type { Inject, Scenario } from './scenario-model';

/** Speeds offered (drill minutes per real minute). */
export const SPEEDS = [1, 5, 10] as const;
export type Speed = (typeof SPEEDS)[number];

/** The clock's state: drill ms run before `since`, and (when running) since when at which speed. */
export interface ClockState {
  speed: Speed;
  /** Drill milliseconds accumulated up to `since`. */
  elapsed: number;
  /** Real time (ms) of the last start, resume or speed change; null while paused. */
  since: number | null;
  /**
   * Every change so far (start, pause, resume, speed), oldest first: maps any real time of
   * the drill (a tick, a status) to drill time. Absent in clocks saved before it existed.
   */
  marks?: ClockMark[];
  /** Drill ms at which the drill was ended before its planned time (「訓練を終える」). */
  endedAt?: number;
}

/** A clock that starts running now. */
export const startClock = (speed: Speed, nowMs: number): ClockState => ({
  speed,
  elapsed: 0,
  since: nowMs,
  marks: [{ at: nowMs, drill: 0, rate: speed }],
});

/** Drill milliseconds since the start, at `nowMs`. */
export const drillMs = (c: ClockState, nowMs: number): number =>
  c.elapsed + (c.since === null ? 0 : Math.max(0, nowMs - c.since) * c.speed);

/** `c` with a mark of its own state at `nowMs` appended (a clock saved without marks stays so). */
const marked = (c: ClockState, nowMs: number): ClockState => ({
  ...c,
  marks: c.marks && [
    ...c.marks,
    { at: nowMs, drill: c.elapsed, rate: c.since === null ? 0 : c.speed },
  ],
});

/** The clock paused at `nowMs` (unchanged when already paused). */
export const pauseClock = (c: ClockState, nowMs: number): ClockState =>
  c.since === null ? c : marked({ ...c, elapsed: drillMs(c, nowMs), since: null }, nowMs);

/** The clock running again from `nowMs`. */
export const resumeClock = (c: ClockState, nowMs: number): ClockState =>
  c.since === null ? marked({ ...c, since: nowMs }, nowMs) : c;

/** The clock at another speed from `nowMs` on (time already run is kept). */
export const setSpeed = (c: ClockState, speed: Speed, nowMs: number): ClockState =>
  marked(
    { ...c, speed, elapsed: drillMs(c, nowMs), since: c.since === null ? null : nowMs },
    nowMs,
  );

/**
 * The drill ended at `nowMs` (「訓練を終える」): the clock stops at the planned end, so the
 * debrief is due now, while everything done before keeps its own drill time (a jump mark) and
 * anything after counts as done at the end. A drill already past its planned time just pauses.
 */
export function endClock(c: ClockState, plannedMs: number, nowMs: number): ClockState {
  const at = drillMs(c, nowMs);
  if (at >= plannedMs) return pauseClock(c, nowMs);
  return {
    ...c,
    elapsed: plannedMs,
    since: null,
    endedAt: at,
    marks: c.marks && [...c.marks, { at: nowMs, drill: plannedMs, rate: 0 }],
  };
}

/**
 * Drill milliseconds at a past (or present) real time `realMs`: 0 before the start. A clock
 * saved without marks knows only its current state, so it answers as drillMs.
 */
export function drillMsAt(c: ClockState, realMs: number): number {
  const start = clockStart(c);
  if (start === undefined) return drillMs(c, realMs);
  return realMs < start ? 0 : drillTimeFromMarks(c.marks!)(realMs) - start;
}

/** Real time (ms) the drill started, when the clock knows it. */
export const clockStart = (c: ClockState): number | undefined => c.marks?.[0]?.at;

/** The injects whose time has come, in order. */
export const dueInjects = (s: Scenario, ms: number): Inject[] =>
  s.injects.filter((i) => i.at * 60_000 <= ms);

/** 「T+12:05」 for drill milliseconds. */
export function drillTimeLabel(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `T+${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const key = (incidentId: string) => `incident-navi:drill-clock:${incidentId}`;

/** Reads the saved clock of a drill incident (null when none or unreadable; written only by saveClock). */
export function loadClock(incidentId: string): ClockState | null {
  try {
    return JSON.parse(localStorage.getItem(key(incidentId))!) as ClockState | null;
  } catch {
    return null;
  }
}

/** Saves the clock (the drill goes on after a reload); storage failures are ignored. */
export function saveClock(incidentId: string, c: ClockState): void {
  try {
    localStorage.setItem(key(incidentId), JSON.stringify(c));
  } catch {
    // Private mode or full: the clock still runs while the page is open.
  }
}
