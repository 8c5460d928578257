// First visit on slow 4G with 4× CPU: when does the app work offline?
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phone, throttle } from './browser.mjs';
import { SlowNetwork } from './slow-network.mjs';
import { median, ms } from './stats.mjs';

/**
 * In the page: whether each of the worker's steps is complete, by counting the entries of its
 * cache (cheap: polling must not slow the worker down), and when the page loaded (ms since
 * navigation start).
 */
const readSteps = async (expected) => {
  const cacheNamed = async (match) => {
    const name = (await caches.keys()).find((n) => match.test(n));
    return name ? (await caches.open(name)).keys() : [];
  };
  const count = async (match) => (await cacheNamed(match)).length;
  // The warm cache holds two steps: which of their files are in it, by path.
  const warmPaths = new Set(
    (await cacheNamed(/^incident-navi-warm$/)).map((r) => new URL(r.url).pathname),
  );
  const holds = (paths) => paths.every((p) => warmPaths.has(p));
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    now: performance.now(),
    load: nav?.loadEventEnd || null,
    controlled: navigator.serviceWorker?.controller != null,
    install: (await count(/^workbox-precache/)) >= expected.install,
    warm: holds(expected.warm),
    languages: holds(expected.languages),
  };
};

/**
 * `runs` first visits of home through a slow-4G proxy (the worker's fetches too) with 4× CPU:
 * "incident-ready" = the worker controls the page with its install step cached (playbooks and
 * incident pages work offline); "all" = every route cached (warm step done: in Japanese);
 * "languages" = English and やさしい日本語 cached too (the languages step, right after).
 */
export async function measureFirstVisit(browser, origin, distDir, runs) {
  const plan = JSON.parse(readFileSync(join(distDir, 'precache-plan.json'), 'utf8'));
  const second = new Set(plan.languages ?? []);
  const steps = {
    install: plan.install.length,
    warm: plan.warm.filter((e) => !second.has(e.url)).map((e) => `/${e.url}`),
    languages: [...second].map((url) => `/${url}`),
  };
  const network = new SlowNetwork(origin);
  await network.start();
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ ...phone, serviceWorkers: 'allow' });
      try {
        const page = await context.newPage();
        await throttle(page, { network: false });
        await page.goto(`${network.origin}/`, { waitUntil: 'load', timeout: 120_000 });
        // No input: the app itself starts at the first one (bench/load.mjs times that tap).
        const sample = { load: null, ready: null, all: null, languages: null };
        const until = Date.now() + 120_000;
        while (Date.now() < until && sample.languages === null) {
          const s = await page.evaluate(readSteps, steps).catch(() => null);
          if (s) {
            sample.load ??= s.load;
            if (s.controlled && s.install) sample.ready ??= s.now;
            if (s.controlled && s.install && s.warm) sample.all ??= s.now;
            if (s.controlled && s.install && s.warm && s.languages) sample.languages = s.now;
          }
          await page.waitForTimeout(100);
        }
        samples.push(sample);
      } finally {
        await context.close();
      }
    }
  } finally {
    await network.stop();
  }
  const med = (f) => ms(median(samples.map(f)));
  const after = (key) => (s) => (s[key] !== null && s.load !== null ? s[key] - s.load : null);
  return {
    runs,
    load: med((s) => s.load),
    ready: med((s) => s.ready),
    all: med((s) => s.all),
    languages: med((s) => s.languages),
    readyAfterLoad: med(after('ready')),
    allAfterLoad: med(after('all')),
    languagesAfterLoad: med(after('languages')),
    samples: samples.map((s) => ({
      load: ms(s.load),
      ready: ms(s.ready),
      all: ms(s.all),
      languages: ms(s.languages),
    })),
  };
}
