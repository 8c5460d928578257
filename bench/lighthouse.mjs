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
      failedAudits: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
      runtimeError: lhr.runtimeError?.message ?? null,
    };
  } finally {
    await chrome.stop();
  }
}

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
  return {
    floor: {
      lcp: med('lcp', floor),
      tbt: med('tbt', floor),
      fcp: med('fcp', floor),
      samples: floor,
    },
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
    samples,
  };
}
