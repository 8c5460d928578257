// Launching Debian's Chromium and emulating a mid-range phone on slow 4G.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.mjs';

export { chromiumPath, chromiumArgs };

/** Stops the run with a clear message when Chromium is not installed. */
export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    console.error(
      `bench: Chromium not found at ${chromiumPath}.\n` +
        "Install Debian's package (as .ci/run does): apt-get update && apt-get install -y chromium\n" +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
    process.exit(2);
  }
}

/** Launches a headless Chromium for the bench. */
export function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/** Lighthouse's "slow 4G" figures, applied through the DevTools protocol. */
export const slow4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** A 412×915 touch phone (like Lighthouse's Moto G Power / Pixel class), Japanese locale. */
export const phone = {
  viewport: { width: 412, height: 915 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
};

/** Applies 4× CPU slowdown and, unless network is false, slow 4G to a page. */
export async function throttle(page, { network = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slow4G);
  }
  return cdp;
}

/** Collects paint and LCP entries from the start of every document (read with readPaints). */
export const paintObserverScript = () => {
  const w = /** @type {any} */ (window);
  w.__bench = { fcp: null, fp: null, lcp: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-contentful-paint') w.__bench.fcp = e.startTime;
        if (e.name === 'first-paint') w.__bench.fp = e.startTime;
      }
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      const last = entries[entries.length - 1];
      if (last) w.__bench.lcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // Older engines: figures stay null.
  }
};

/** Reads what paintObserverScript collected. */
export function readPaints(page) {
  return page.evaluate(
    () => /** @type {any} */ (window).__bench ?? { fcp: null, fp: null, lcp: null },
  );
}

/**
 * Gives a fresh page its first input and waits until the app works (a first visit's app starts
 * at the first input, src/pwa/entry-loader.inline.js); `database`: and until the app has
 * created its database, so that a seed writes into the app's own schema.
 */
export async function startApp(page, { database = false } = {}) {
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => window.incidentNaviPageWorks === true, null, {
    timeout: 60_000,
  });
  if (!database) return;
  const until = Date.now() + 30_000;
  const exists = () =>
    page.evaluate(async () =>
      (await indexedDB.databases()).some((d) => d.name === 'incident-navi' && d.version > 1),
    );
  while (!(await exists())) {
    if (Date.now() > until) throw new Error('the app did not create its database');
    await page.waitForTimeout(50);
  }
}

/** Waits until home has warmed the incident types' pages (its warm-up after the app's start). */
export const waitForWarmUp = (page) =>
  page.waitForFunction(
    () => performance.getEntriesByName('warm-type-pages-done').length > 0,
    null,
    {
      timeout: 60_000,
    },
  );
