// Page load under mobile emulation (4× CPU, slow 4G): FCP, LCP and tap response, app vs floor.
import { paintObserverScript, phone, readPaints, throttle, waitForWarmUp } from './browser.mjs';
import { median, ms, ratio } from './stats.mjs';
import { markTarget, tapAndTime } from './tap.mjs';

/**
 * One fresh load of `url` in a new context; kind says what to tap. `cold`: the tap comes as
 * soon as the page has loaded, before a first visit's app has started (it starts at the first
 * input, src/pwa/entry-loader.inline.js), so the tap's time includes the app's start.
 */
async function loadOnce(browser, url, kind, cold = false) {
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  try {
    await context.addInitScript(paintObserverScript);
    const page = await context.newPage();
    await throttle(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // The app's entry is requested only after the first paint, so the network can be quiet
    // for half a second before the app starts, and Playwright's network idle (reached once) is
    // no settled signal. Home is settled once its warm-up of the type pages has ended.
    if (kind === 'app' && !cold) {
      await waitForWarmUp(page);
    }
    if (!cold) await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {});
    const paints = await readPaints(page);
    const target = await markTarget(page, kind);
    let tap = null;
    if (target) {
      if (kind === 'app') {
        const state = await page.evaluate(() => ({
          path: location.pathname,
          heading:
            (document.querySelector('main h1') ?? document.querySelector('h1'))?.textContent ?? '',
        }));
        tap = await tapAndTime(page, { mode: 'next-page', ...state });
      } else {
        tap = await tapAndTime(page, { mode: 'anchor', hash: target.href });
      }
    }
    return { fcp: paints.fcp, lcp: paints.lcp, tap, target };
  } finally {
    await context.close();
  }
}

/** Median of `runs` fresh loads of the app's home and of the floor page, interleaved. */
export async function measureLoad(browser, appOrigin, floorOrigin, runs) {
  const app = [];
  const floor = [];
  const cold = [];
  for (let i = 0; i < runs; i++) {
    app.push(await loadOnce(browser, `${appOrigin}/`, 'app'));
    floor.push(await loadOnce(browser, `${floorOrigin}/`, 'floor'));
    cold.push(await loadOnce(browser, `${appOrigin}/`, 'app', true));
  }
  const summarize = (xs) => ({
    fcp: ms(median(xs.map((x) => x.fcp))),
    lcp: ms(median(xs.map((x) => x.lcp))),
    tap: ms(median(xs.map((x) => x.tap))),
    tapTarget: xs.find((x) => x.target)?.target ?? null,
    tapReason: xs.some((x) => x.target)
      ? xs.every((x) => x.tap === null)
        ? 'the tap never showed the next page within 30 s'
        : undefined
      : 'no incident-type button or link in main on this page',
    samples: xs.map(({ fcp, lcp, tap }) => ({ fcp: ms(fcp), lcp: ms(lcp), tap: ms(tap) })),
  });
  const a = summarize(app);
  const f = summarize(floor);
  return {
    runs,
    app: a,
    floor: f,
    coldTap: summarize(cold),
    ratio: { fcp: ratio(a.fcp, f.fcp), lcp: ratio(a.lcp, f.lcp), tap: ratio(a.tap, f.tap) },
  };
}
