import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import {
  drillMs,
  endClock,
  loadClock,
  pauseClock,
  resumeClock,
  saveClock,
  setSpeed,
  startClock,
  type ClockState,
  type Speed,
} from './clock';

/** The drill clock of one incident, ticking once a second, saved on every change. */
export function useDrillClock(incidentId: string) {
  const [clock, setClock] = useState<ClockState>(
    () => loadClock(incidentId) ?? startClock(1, Date.now()),
  );
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => saveClock(incidentId, clock), [incidentId, clock]);
  // A layout effect: the tick starts with the render, not after the next paint.
  useLayoutEffect(() => {
    if (clock.since === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [clock.since]);
  const change = (f: (c: ClockState, nowMs: number) => ClockState) => {
    const t = Date.now();
    setNow(t);
    setClock((c) => f(c, t));
  };
  return {
    ms: drillMs(clock, now),
    speed: clock.speed,
    running: clock.since !== null,
    pause: () => change(pauseClock),
    resume: () => change(resumeClock),
    setSpeed: (s: Speed) => change((c, t) => setSpeed(c, s, t)),
    /** Drill ms at which the drill was ended early, if it was. */
    endedAt: clock.endedAt,
    end: (plannedMs: number) => change((c, t) => endClock(c, plannedMs, t)),
  };
}
