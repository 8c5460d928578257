// Lighthouse 12.2.3, mobile preset (its default config: Moto G Power, simulated slow 4G, 4× CPU).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './browser.mjs';
import { median, ms, ratio } from './stats.mjs';

/** Starts Chromium with a DevTools port for Lighthouse; returns the port and a stop function. */
async function startChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'bench-lh-'));
  const child = spawn(
    chromiumPath,
    [
      '--headless',
      ...chromiumArgs,
      // A phone set to Japanese, as in the other parts (bench/browser.mjs's phone): without it
      // headless Chromium says en-US, and the app switches the Japanese first paint to English.
      '--accept-lang=ja-JP,ja',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(
      () => fail(new Error('Chromium did not open a DevTools port')),
      30_000,
    );
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.once('exit', (code) =>
      fail(new Error(`Chromium exited (${code}) before opening a port`)),
    );
  });
  return {
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((ok) => (child.exitCode !== null ? ok(undefined) : child.once('exit', ok)));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run against `url` in a fresh profile. */
async function runOnce(url) {
  const chrome = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const score = (id) =>
      lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: ms(metric('first-contentful-paint')),
      lcp: ms(metric('largest-contentful-paint')),
      tbt: ms(metric('total-blocking-time')),
      cls: metric('cumulative-layout-shift'),
      // Every task of 50 ms or more (simulated, 4× CPU) with its source: the page's own scripts
      // by file, the document (parse, style, layout), or none Chromium could name.
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({
        source: sourceOf(t.url, url),
        start: ms(t.startTime),
        duration: ms(t.duration),
      })),
      chromium: lhr.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/)?.[1] ?? null,
      // Lighthouse's rating of this machine's CPU (higher is faster): runs on different
      // machines compare only beside it, since the simulation multiplies observed task times.
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      failedAudits: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
      runtimeError: lhr.runtimeError?.message ?? null,
    };
  } finally {
    await chrome.stop();
  }
}

/** A long task's source: a script's path on the page's origin, 'document', or what Lighthouse said. */
function sourceOf(taskUrl, pageUrl) {
  if (!taskUrl || !/^https?:/.test(taskUrl)) return taskUrl || 'Unattributable';
  const u = new URL(taskUrl);
  if (u.origin !== new URL(pageUrl).origin) return taskUrl;
  return u.pathname === '/' || u.pathname.endsWith('.html') ? 'document' : u.pathname;
}

/** Blocking time (the part of each long task over 50 ms) summed by source, largest first. */
export function blockingBySource(longTasks) {
  const by = new Map();
  for (const t of longTasks) {
    const name = t.source.replace(/-[\w-]{8}\.js$/, '.js');
    by.set(name, (by.get(name) ?? 0) + Math.max(0, t.duration - 50));
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .map(([source, ms]) => ({ source, ms: Math.round(ms) }));
}

/** (max − min) / median of the numbers, rounded to a percent; null with fewer than two. */
export function spread(values) {
  const xs = values.filter((v) => typeof v === 'number');
  if (xs.length < 2) return null;
  return Math.round(((Math.max(...xs) - Math.min(...xs)) / median(xs)) * 100);
}

/** LCP samples may spread this much (percent of the median) before the run's LCP line fails. */
export const LCP_SPREAD_LIMIT = 15;

/**
 * Median Lighthouse scores (0–100) and metrics of `runs` runs against the app's `url`, and the
 * same of the floor page's `floorUrl`, interleaved (same server, same run).
 */
export async function measureLighthouse(url, floorUrl, runs) {
  const samples = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await runOnce(url));
    floor.push(await runOnce(floorUrl));
  }
  const med = (key, xs = samples) => median(xs.map((s) => s[key]));
  const lcps = samples.map((s) => s.lcp);
  return {
    floor: {
      lcp: med('lcp', floor),
      tbt: med('tbt', floor),
      fcp: med('fcp', floor),
      lcpSpread: spread(floor.map((s) => s.lcp)),
      samples: floor,
    },
    chromium: samples.find((s) => s.chromium)?.chromium ?? null,
    lcpSpread: spread(lcps),
    lcpMin: lcps.length ? Math.min(...lcps) : null,
    lcpMax: lcps.length ? Math.max(...lcps) : null,
    blocking: blockingBySource(samples.flatMap((s) => s.longTasks ?? [])).map((b) => ({
      ...b,
      ms: Math.round(b.ms / Math.max(1, samples.length)),
    })),
    lcpRatio: ratio(med('lcp'), med('lcp', floor)),
    runs,
    lighthouse: '12.2.3',
    preset: 'mobile (default config)',
    performance: med('performance'),
    accessibility: med('accessibility'),
    bestPractices: med('bestPractices'),
    fcp: med('fcp'),
    lcp: med('lcp'),
    tbt: med('tbt'),
    benchmarkIndex: med('benchmarkIndex'),
    samples,
  };
}
