/**
 * A new inject makes itself felt where the browser allows: a short vibration, and a short
 * tone when the person turned sound on. Unsupported or refused, it stays silent, never fails.
 */

const SOUND_KEY = 'incident-navi:drill-sound';

/** Whether sound is on for drills on this device (off unless turned on). */
export function soundOn(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

let audio: AudioContext | null = null;

/** Turns sound on or off; turning it on (a tap) is when browsers let audio start. */
export function setSound(on: boolean): void {
  try {
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts while the page is open.
  }
  if (on) tone();
}

/** A 0.2-second tone; nothing where WebAudio is missing or blocked. */
function tone(): void {
  try {
    const Ctx = globalThis.AudioContext;
    if (!Ctx) return;
    audio ??= new Ctx();
    void audio.resume?.();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.value = 0.2;
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.2);
  } catch {
    // No sound: the inject is on screen all the same.
  }
}

/** Announces that an inject arrived: vibration where supported, a tone when sound is on. */
export function announceInject(sound: boolean): void {
  try {
    navigator.vibrate?.([200, 100, 200]);
  } catch {
    // Vibration refused (no user gesture yet, or a desktop browser).
  }
  if (sound) tone();
}
