import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { useFreshDB } from '../../storage/test-db';
import DrillRunPage from './DrillRunPage';
import { saveClock, startClock } from './clock';
import { soundOn } from './inject-alert';
import { newIncident } from './test-incidents';

useFreshDB();
const nav = navigator as unknown as Record<string, unknown>;
const started: number[] = [];

/** A stand-in for WebAudio that records each tone started. */
class FakeAudio {
  currentTime = 0;
  destination = {};
  resume = async () => {};
  createGain = () => ({ gain: { value: 0 }, connect: (d: unknown) => d });
  createOscillator = () => ({
    frequency: { value: 0 },
    connect: (g: unknown) => g,
    start: () => started.push(this.currentTime),
    stop: () => {},
  });
}

beforeEach(() => {
  localStorage.clear();
  started.length = 0;
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(nav, 'vibrate');
  Reflect.deleteProperty(globalThis, 'AudioContext');
});

/** Opens a ransomware drill running at ×10 (its second inject is 18 real seconds away). */
async function openDrill() {
  const drill = await newIncident({ drill: 'ransomware-monday' });
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  saveClock(drill.id, startClock(10, Date.now()));
  render(<DrillRunPage id={drill.id} />);
  return screen.findByRole('list', { name: '届いた情報' });
}
const waitSeconds = (s: number) =>
  act(async () => void (await vi.advanceTimersByTimeAsync(s * 1000)));

describe('an inject arriving', () => {
  it('vibrates where supported; no tone unless sound is on', async () => {
    const vibrate = vi.fn(() => true);
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
    Object.defineProperty(globalThis, 'AudioContext', { value: FakeAudio, configurable: true });
    const log = await openDrill();
    // The inject there on opening is not announced.
    expect(vibrate).not.toHaveBeenCalled();
    await waitSeconds(19);
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(vibrate).toHaveBeenCalledOnce();
    expect(started).toEqual([]);
  });

  it('also sounds a short tone once sound is turned on, and remembers it', async () => {
    Object.defineProperty(globalThis, 'AudioContext', { value: FakeAudio, configurable: true });
    await openDrill();
    const box = screen.getByRole('checkbox', { name: /音でも知らせる/ });
    expect(box).toHaveProperty('checked', false);
    await act(async () => box.click());
    // Turning it on plays one tone (a tap lets the browser start audio).
    expect(started).toHaveLength(1);
    expect(soundOn()).toBe(true);
    await waitSeconds(19);
    expect(started).toHaveLength(2);
  });

  it('stays quiet and calm where neither vibration nor WebAudio exists', async () => {
    const log = await openDrill();
    await act(async () => screen.getByRole('checkbox', { name: /音でも知らせる/ }).click());
    await waitSeconds(19);
    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the facilitator screen', () => {
  it('shows the newest inject in large text and when the next is due', async () => {
    await openDrill();
    const toggle = screen.getByRole('button', { name: '進行役の画面（大きな文字）' });
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const read = screen.getByRole('region', { name: '読み上げる情報' });
    expect(read.textContent).toContain('T+0分・画面');
    expect(read.textContent).toContain('次の情報：T+3分（あと 3:00）');
    await waitSeconds(19);
    expect(read.textContent).toContain('T+3分・電話');
  });
});
