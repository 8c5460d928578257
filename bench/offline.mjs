// Offline cold start: service worker installed, server stopped, browser relaunched, 4× CPU.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  chromiumArgs,
  chromiumPath,
  paintObserverScript,
  phone,
  readPaints,
  throttle,
} from './browser.mjs';
import { median, ms } from './stats.mjs';

const PLAYBOOK_LINK = /^\/(guide|playbooks)\/[^/]+$/;

/** Finds a playbook route from the links of home, then of /guide. */
async function findPlaybookRoute(page, origin) {
  for (const path of ['/', '/guide']) {
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const links = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.href).pathname));
    const found = links.find((l) => PLAYBOOK_LINK.test(l));
    if (found) return found;
  }
  return null;
}

/**
 * Init script, from document start: records (ms since navigation start) when main's h1 is
 * visible, and when the first checklist control of main (a checkbox or a pressed/unpressed
 * button) is also visible and enabled, with the document fully loaded.
 */
const watchUsable = () => {
  const w = /** @type {any} */ (window);
  const state = (w.__usable = { h1: null, usable: null, control: null });
  const seen = (el) => {
    const r = el?.getBoundingClientRect();
    return !!r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight * 3;
  };
  const tick = () => {
    const main = document.querySelector('main');
    const h1 = main?.querySelector('h1');
    if (h1 && seen(h1) && state.h1 === null) state.h1 = performance.now();
    // A checklist control if the page has one, else its first button (e.g. 「対応を開始」).
    const control =
      main?.querySelector('input[type="checkbox"], [role="checkbox"], button[aria-pressed]') ??
      main?.querySelector('a.button.primary, button, a.button');
    if (
      state.h1 !== null &&
      control &&
      seen(control) &&
      !control.disabled &&
      document.readyState === 'complete'
    ) {
      state.usable = performance.now();
      state.control = control.textContent?.trim().slice(0, 30) ?? '';
    } else requestAnimationFrame(tick);
  };
  tick();
};

/** Waits (polling from Node, the app's CSP forbids eval) until usable or `timeout` ms. */
async function readUsable(page, timeout) {
  const until = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(() => /** @type {any} */ (window).__usable);
    if (state?.usable != null || Date.now() > until) return state ?? { h1: null, usable: null };
    await page.waitForTimeout(50);
  }
}

/** Installs the worker online, stops the server, then times `runs` offline cold starts. */
export async function measureOffline(server, runs) {
  const profile = await mkdtemp(join(tmpdir(), 'bench-offline-'));
  const open = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
      serviceWorkers: 'allow',
      ...phone,
    });
  try {
    let context = await open();
    let page = context.pages()[0] ?? (await context.newPage());
    const route = await findPlaybookRoute(page, server.origin);
    const path = route ?? '/';
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(
      async () => {
        await navigator.serviceWorker.ready;
        return navigator.serviceWorker.controller !== null;
      },
      undefined,
      { timeout: 60_000 },
    );
    await context.close();
    await server.stop();
    const samples = [];
    try {
      for (let i = 0; i < runs; i++) {
        context = await open();
        await context.addInitScript(paintObserverScript);
        await context.addInitScript(watchUsable);
        page = context.pages()[0] ?? (await context.newPage());
        await throttle(page, { network: false });
        await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
        const shown = await readUsable(page, route ? 30_000 : 3_000);
        const paints = await readPaints(page);
        samples.push({ firstPaint: paints.fp, fcp: paints.fcp, ...shown });
        await context.close();
      }
    } finally {
      await server.start();
    }
    const med = (key) => ms(median(samples.map((s) => s[key])));
    return {
      runs,
      route: path,
      routeReason: route ? undefined : 'no playbook link on home or /guide: measured home instead',
      firstPaint: med('firstPaint'),
      firstContentfulPaint: med('fcp'),
      h1Visible: med('h1'),
      usable: med('usable'),
      usableReason: samples.some((s) => s.usable !== null)
        ? undefined
        : `no checklist control or button appeared on ${path}`,
      control: samples.find((s) => s.control)?.control ?? null,
      samples: samples.map((s) => ({
        firstPaint: ms(s.firstPaint),
        fcp: ms(s.fcp),
        h1: ms(s.h1),
        usable: ms(s.usable),
      })),
    };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
