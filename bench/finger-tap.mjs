// A tap the way a finger makes one, for the tick figures. Playwright's tap() sends the touch's
// start and end in the same instant, which no finger does: Chromium then holds the end behind
// the frame the start began (~15 ms on this machine, on a plain page too). A finger rests on
// the glass for tens of milliseconds, and a person reads the next item before tapping it.

/** How long the finger rests on the glass (a tap lasts ~100 ms; this is on the short side). */
export const HOLD_MS = 50;
/** The pause before each tap: reading the next item and moving the finger to it. */
export const PACE_MS = 400;

const sessions = new WeakMap();

/** Taps the middle of `locator` with a finger: down, HOLD_MS, up (after PACE_MS). */
export async function fingerTap(page, locator) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  const cdp = sessions.get(page);
  await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  const box = await locator.boundingBox();
  if (!box) throw new Error('fingerTap: the target is not visible');
  const touchPoints = [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
  await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Taps with Playwright's tap(): start and end at once, one tap right after the other. */
export const instantTap = (page, locator) => locator.tap({ timeout: 10_000 });
