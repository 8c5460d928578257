// Tap-to-committed latency of checklist ticks on an incident page.
import { percentile, ms, median } from './stats.mjs';
import { seedDatabase } from './seed.mjs';

const ITEM_BUTTONS = 'main li button[aria-pressed]';

/**
 * In the page: after a tap on button `index` of ITEM_BUTTONS, resolves with the absolute time
 * at which that button shows the flipped aria-pressed and is enabled again (the app only
 * re-renders the state after the strict transaction completed). Null after 10 s.
 */
const waitCommitted = ({ selector, index, before }) =>
  new Promise((resolve) => {
    const done = () => {
      const b = document.querySelectorAll(selector)[index];
      return !!b && b.getAttribute('aria-pressed') !== before && !b.disabled;
    };
    if (done()) return resolve(performance.timeOrigin + performance.now());
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.timeOrigin + performance.now());
    });
    observer.observe(document.querySelector('main') ?? document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 10_000);
  });

/** Ticks `count` checklist items (cycling, so each pass flips them back) and times each. */
export async function measureTicks(browser, origin, contextOptions, count) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
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
      await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
      const committed = page.evaluate(waitCommitted, { selector: ITEM_BUTTONS, index, before });
      const armed = button.evaluate(
        (b) =>
          new Promise((resolve) =>
            b.addEventListener(
              'pointerdown',
              (e) => resolve(performance.timeOrigin + e.timeStamp),
              {
                once: true,
                capture: true,
              },
            ),
          ),
      );
      // A failed tap (page busy past the timeout) is a failed sample, not the end of the run.
      const [at, end] = await button
        .tap()
        .then(() => Promise.all([armed, committed]))
        .catch(() => [null, null]);
      armed.catch(() => null);
      committed.catch(() => null);
      samples.push(end === null || at === null ? null : end - at);
    }
    return {
      ticks: count,
      items: indexes.length,
      p50: ms(percentile(samples, 50)),
      p95: ms(percentile(samples, 95)),
      median: ms(median(samples)),
      max: ms(Math.max(...samples.filter((s) => s !== null))),
      failed: samples.filter((s) => s === null).length,
    };
  } finally {
    await context.close();
  }
}
