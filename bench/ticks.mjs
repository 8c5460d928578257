// Tap-to-committed latency of checklist ticks on an incident page.
import { startApp } from './browser.mjs';
import { percentile, ms } from './stats.mjs';
import { seedDatabase } from './seed.mjs';
import { fingerTap, instantTap } from './finger-tap.mjs';

const ITEM_BUTTONS = 'main li button[aria-pressed]';

/**
 * In the page, before a tap on button `index` of ITEM_BUTTONS: records in `window.__tick` the
 * times of its pointerdown (finger down), of its click (finger up: the tap is complete and the
 * app acts) and of the first moment the button shows the flipped aria-pressed and is enabled
 * again (the app re-renders the state only after the strict transaction completed).
 */
const armTick = ({ selector, index, before }) => {
  const tick = { down: null, up: null, handled: null, end: null };
  /** @type {any} */ (window).__tick = tick;
  const b = document.querySelectorAll(selector)[index];
  const stamp = (e) => performance.timeOrigin + e.timeStamp;
  b?.addEventListener('pointerdown', (e) => (tick.down = stamp(e)), { once: true, capture: true });
  b?.addEventListener(
    'click',
    (e) => {
      tick.up = stamp(e);
      tick.handled = performance.timeOrigin + performance.now();
    },
    { once: true, capture: true },
  );
  const done = () => {
    const now = document.querySelectorAll(selector)[index];
    return !!now && now.getAttribute('aria-pressed') !== before && !now.disabled;
  };
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    tick.end = performance.timeOrigin + performance.now();
  });
  observer.observe(document.querySelector('main') ?? document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
};

/**
 * Ticks `count` checklist items (cycling, so each pass flips them back) and times each, with
 * finger taps (`finger`: held and paced like a person) or Playwright's instant taps.
 */
export async function measureTicks(browser, origin, contextOptions, count, finger = true) {
  const tap = finger ? fingerTap : instantTap;
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await startApp(page, { database: true });
    const id = await page.evaluate(seedDatabase, { count: 1 });
    await page.goto(`${origin}/incidents/${id}`, { waitUntil: 'networkidle' });
    // The 「完了」 button of each item (the first pressed/unpressed button of each row).
    const found = await page
      .waitForSelector(ITEM_BUTTONS, { timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    if (!found)
      return { value: null, reason: `no checklist button (${ITEM_BUTTONS}) on /incidents/:id` };
    const indexes = await page.$$eval(ITEM_BUTTONS, (bs) =>
      bs
        .map((b, i) => [i, (b.textContent ?? '').includes('完了')])
        .filter(([, ok]) => ok)
        .map(([i]) => i),
    );
    const samples = [];
    for (let n = 0; n < count; n++) {
      const index = indexes[n % indexes.length];
      const button = page.locator(ITEM_BUTTONS).nth(index);
      const before = await button.getAttribute('aria-pressed');
      // Its phase may have folded once the phase before it was done: unfold it.
      await button.evaluate((b) => {
        const phase = b.closest('details');
        if (phase) phase.open = true;
        b.scrollIntoView({ block: 'center' });
      });
      await page.evaluate(armTick, { selector: ITEM_BUTTONS, index, before });
      // A failed tap (page busy past the timeout) is a failed sample, not the end of the run.
      const tick = await tap(page, button)
        .then(() =>
          page.waitForFunction(
            () => {
              const t = /** @type {any} */ (window).__tick;
              return t.end !== null && t.up !== null && t.down !== null && t;
            },
            undefined,
            { timeout: 10_000 },
          ),
        )
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      if (!tick && process.env.BENCH_DEBUG) {
        console.error(
          'tick failed',
          index,
          await page.evaluate(() => /** @type {any} */ (window).__tick),
        );
      }
      samples.push(tick);
    }
    const fromUp = samples.map((t) => (t ? t.end - t.up : null));
    const fromHandled = samples.map((t) => (t ? t.end - t.handled : null));
    const fromDown = samples.map((t) => (t ? t.end - t.down : null));
    return {
      ticks: count,
      items: indexes.length,
      // From the end of the tap (click) to the committed state shown.
      p50: ms(percentile(fromUp, 50)),
      p95: ms(percentile(fromUp, 95)),
      max: ms(Math.max(...fromUp.filter((s) => s !== null))),
      // From the click reaching the app (its own work: store, transaction, render).
      appP50: ms(percentile(fromHandled, 50)),
      appP95: ms(percentile(fromHandled, 95)),
      // From the finger down: adds the driver's gap between touch start and end.
      fromDownP50: ms(percentile(fromDown, 50)),
      fromDownP95: ms(percentile(fromDown, 95)),
      failed: samples.filter((s) => s === null).length,
    };
  } finally {
    await context.close();
  }
}
