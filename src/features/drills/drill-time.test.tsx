import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from '../incidents/IncidentPage';
import ReportingPage from '../reporting/ReportingPage';
import { USB_LOST, writeAnswers } from '../reporting/test-answers';
import {
  drillMsAt,
  endClock,
  pauseClock,
  resumeClock,
  saveClock,
  setSpeed,
  startClock,
  type ClockState,
} from './clock';
import { incidentNow } from './drill-time';
import { newIncident, tickAfter } from './test-incidents';

useFreshDB();
beforeEach(() => {
  localStorage.clear();
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});
afterEach(() => vi.useRealTimers());

const MIN = 60_000;
/** 2026-11-25 10:00 JST. */
const T0 = Date.parse('2026-11-25T01:00:00Z');

describe('drill time of a past real time', () => {
  it('follows every speed change and pause, not only the current one', () => {
    let c: ClockState = startClock(10, T0);
    c = pauseClock(c, T0 + 2 * MIN); // 20 drill minutes
    c = resumeClock(c, T0 + 60 * MIN); // paused for 58 real minutes
    c = setSpeed(c, 5, T0 + 61 * MIN); // +10 at ×10
    expect(drillMsAt(c, T0 - MIN)).toBe(0);
    expect(drillMsAt(c, T0 + MIN)).toBe(10 * MIN);
    expect(drillMsAt(c, T0 + 30 * MIN)).toBe(20 * MIN);
    expect(drillMsAt(c, T0 + 61 * MIN)).toBe(30 * MIN);
    expect(drillMsAt(c, T0 + 63 * MIN)).toBe(40 * MIN);
  });

  it('ended early: what came before keeps its time, what comes after counts at the planned end', () => {
    let c: ClockState = startClock(5, T0);
    c = endClock(c, 30 * MIN, T0 + 3 * MIN); // 15 drill minutes of a planned 30
    expect(c).toMatchObject({ endedAt: 15 * MIN, elapsed: 30 * MIN, since: null });
    expect(drillMsAt(c, T0 + 2 * MIN)).toBe(10 * MIN);
    expect(drillMsAt(c, T0 + 3 * MIN)).toBe(30 * MIN);
    expect(drillMsAt(c, T0 + 90 * MIN)).toBe(30 * MIN);
    // Past its planned time a drill is not moved back: ending it only pauses it.
    const late = endClock(startClock(1, T0), 30 * MIN, T0 + 40 * MIN);
    expect(late).toMatchObject({ elapsed: 40 * MIN, since: null });
    expect(late.endedAt).toBeUndefined();
  });

  it('is real time for a real incident and for a clock saved before marks', () => {
    const real = new Date(T0);
    expect(incidentNow({ id: 'a' }, real)).toBe(real);
    // Resumed under this version, an old clock still cannot map the past: it stays real time.
    saveClock('b', resumeClock({ speed: 10, elapsed: 60_000, since: null }, T0 - MIN));
    expect(incidentNow({ id: 'b', drill: 'lost-usb' }, real)).toBe(real);
  });
});

describe('a drill incident on its drill clock', () => {
  it('counts its reporting deadlines in drill time, and pausing stops them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const drill = await newIncident({ types: ['leak'], causes: ['loss'], drill: 'lost-usb' });
    const real = await newIncident({ types: ['leak'], causes: ['loss'] });
    await writeAnswers(drill.id, USB_LOST);
    await writeAnswers(real.id, USB_LOST);
    saveClock(drill.id, startClock(10, T0));
    // Three real hours later at ×10 it is 30 drill hours later: 11-26 16:00 JST.
    vi.setSystemTime(T0 + 180 * MIN);
    const { unmount } = render(<IncidentPage id={real.id} />);
    expect((await screen.findByRole('link', { name: /速報/ })).textContent).toContain('あと 2 日');
    unmount();
    const page = render(<IncidentPage id={drill.id} />);
    expect((await screen.findByRole('link', { name: /速報/ })).textContent).toContain('あと 1 日');
    page.unmount();
    const reporting = render(<ReportingPage id={drill.id} />);
    const overview = await screen.findByRole('heading', { level: 2, name: '報告・届出' });
    expect(overview.parentElement!.textContent).toContain('あと 1 日');
    reporting.unmount();
    // Paused at 30 drill hours: however long the break, the drill's deadline stands.
    saveClock(drill.id, pauseClock(startClock(10, T0), T0 + 180 * MIN));
    vi.setSystemTime(T0 + 48 * 60 * MIN);
    render(<IncidentPage id={drill.id} />);
    expect((await screen.findByRole('link', { name: /速報/ })).textContent).toContain('あと 1 日');
  });

  it('measures its durations in drill minutes', async () => {
    const drill = await newIncident({ drill: 'ransomware-monday' });
    saveClock(drill.id, startClock(10, Date.parse(drill.discoveredAt)));
    // Two real minutes at ×10: twenty drill minutes.
    await tickAfter(drill, 'ransomware-isolate', 2);
    render(<IncidentPage id={drill.id} />);
    const times = await screen.findByRole('region', { name: 'かかった時間（発覚から）' });
    expect(within(times).getByText('20分')).toBeTruthy();
  });
});
