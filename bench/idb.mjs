// IndexedDB figures in the real Chromium on the built app's origin.
import { phone, startApp } from './browser.mjs';
import { readShown, seedDatabase, watchText } from './seed.mjs';
import { median, ms } from './stats.mjs';
import { measureTicks } from './ticks.mjs';

// No service worker here: these figures are about storage, not the precache download.
const options = { ...phone, serviceWorkers: 'block' };

/**
 * Seeds the database in a fresh context, then times navigating to `path` until `text` shows;
 * `after` reads more from the page before it closes.
 */
async function timeOpen(browser, origin, seed, path, text, runs, after = async () => {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(options);
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      await startApp(page, { database: true });
      await page.evaluate(seedDatabase, seed);
      // Let the browser finish writing the seeded rows, as on a phone used day to day.
      await page.waitForTimeout(1500);
      await context.addInitScript(watchText, text);
      await page.goto(origin + path, { waitUntil: 'load' });
      samples.push(await readShown(page, 20_000));
      await after(page);
    } finally {
      await context.close();
    }
    if (samples[0] === null) break; // the feature is missing: do not wait again
  }
  return samples;
}

/** Opening /incidents with 100, 1,000 and 10,000 incidents, until the first row shows. */
export async function measureList(browser, origin, runs) {
  const out = {};
  for (const count of [100, 1_000, 10_000]) {
    const samples = await timeOpen(
      browser,
      origin,
      { count },
      '/incidents',
      'ベンチ用インシデント 00000',
      runs,
    );
    out[count] = samples.every((s) => s === null)
      ? { value: null, reason: 'the first incident never showed on /incidents within 20 s' }
      : { ms: ms(median(samples)), samples: samples.map(ms) };
  }
  return { runs, ...out };
}

/**
 * The share page of an incident with 1,000 timeline entries, until its summary preview shows;
 * and the app's own 'export-build' measure (request → document, in the worker).
 */
export async function measureSummary(browser, origin, runs) {
  const builds = [];
  const samples = await timeOpen(
    browser,
    origin,
    { count: 1, timeline: 1_000 },
    '/incidents/bench-00000/share',
    'ベンチ用インシデント 00000',
    runs,
    (page) =>
      page
        .evaluate(() => performance.getEntriesByName('export-build')[0]?.duration ?? null)
        .then((d) => builds.push(d)),
  );
  if (samples.every((s) => s === null))
    return {
      value: null,
      reason: 'no summary preview naming the incident at /incidents/:id/share',
    };
  return {
    runs,
    ms: ms(median(samples)),
    buildMs: ms(median(builds)),
    samples: samples.map(ms),
    builds: builds.map(ms),
  };
}

/** Tick latency, p50 / p95 over `count` ticks: finger taps, or instant taps (`finger` false). */
export function measureTickLatency(browser, origin, count, finger = true) {
  return measureTicks(browser, origin, options, count, finger);
}
