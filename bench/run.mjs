// npm run bench: build, serve, drive Chromium, write bench/results.json and a Markdown table.
// BENCH_RUNS=n lowers the repeat counts while developing; BENCH_ONLY=bytes,load,… runs parts.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertChromium, launch } from './browser.mjs';
import { measureBackup, measureLargeRestore } from './backup.mjs';
import { buildApp } from './build.mjs';
import { browserBytes, staticBytes } from './bytes.mjs';
import { writeFloor } from './floor.mjs';
import { measureList, measureSummary, measureTickLatency } from './idb.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureChain } from './chain.mjs';
import { measureLoad } from './load.mjs';
import { describeMachine } from './machine.mjs';
import { measureOffline } from './offline.mjs';
import { measureFirstVisit } from './first-visit.mjs';
import { measureScale } from './scale.mjs';
import { measureSearch } from './search.mjs';
import { measureTeam } from './team.mjs';
import { measureTickFloor } from './tick-floor.mjs';
import { toMarkdown } from './report.mjs';
import { StaticServer } from '../tests/e2e/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
// The guide's sentences, as the repository keeps them (tests/fixtures/guide).
const guideDir = resolve(repoRoot, 'tests', 'fixtures', 'guide');
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const wants = (part) => !only || only.includes(part);
const runs = (n) => Math.max(1, Math.min(n, Number(process.env.BENCH_RUNS) || n));

/** Runs one part; a failure becomes a null figure with the reason instead of ending the run. */
async function part(name, fn) {
  if (!wants(name)) return { value: null, reason: 'not run (BENCH_ONLY)' };
  const started = Date.now();
  console.error(`bench: ${name}…`);
  try {
    const value = await fn();
    console.error(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    console.error(`bench: ${name} failed:`, error);
    return { value: null, reason: `failed: ${String(error?.message ?? error).split('\n')[0]}` };
  }
}

async function main() {
  assertChromium();
  const started = Date.now();
  const distDir = buildApp(repoRoot);
  const floor = await writeFloor(guideDir);
  const app = new StaticServer(distDir, { gzip: true });
  const floorServer = new StaticServer(floor.dir, { gzip: true });
  await app.start();
  await floorServer.start();
  const browser = await launch();
  const results = { machine: describeMachine(browser.version()) };
  try {
    results.bytes = await part('bytes', async () => ({
      ...staticBytes(distDir, floor.html),
      browser: await browserBytes(browser, app.origin),
    }));
    results.load = await part('load', () =>
      measureLoad(browser, app.origin, floorServer.origin, runs(5)),
    );
    results.offline = await part('offline', () => measureOffline(app, runs(5)));
    results.firstVisit = await part('firstVisit', () =>
      measureFirstVisit(browser, app.origin, distDir, runs(3)),
    );
    results.ticks = await part('ticks', async () => ({
      ...(await measureTickLatency(browser, app.origin, runs(200))),
      floor: await measureTickFloor(browser, runs(100)),
      // Playwright's own taps (start and end at once, back to back), as measured before.
      instant: {
        ...(await measureTickLatency(browser, app.origin, runs(100), false)),
        floor: await measureTickFloor(browser, runs(100), false),
      },
    }));
    results.list = await part('list', () => measureList(browser, app.origin, runs(3)));
    results.summary = await part('summary', () => measureSummary(browser, app.origin, runs(5)));
    results.chain = await part('chain', () => measureChain(browser, app.origin, runs(5)));
    results.search = await part('search', () => measureSearch(runs(30)));
    results.backup = await part('backup', () => measureBackup(browser, app.origin));
    results.largeRestore = await part('largeRestore', () =>
      measureLargeRestore(browser, app.origin),
    );
    results.scale = await part('scale', () => measureScale(browser, app.origin, runs(3)));
    results.team = await part('team', () => measureTeam(browser, app, runs(30)));
    results.lighthouse = await part('lighthouse', () =>
      measureLighthouse(`${app.origin}/`, `${floorServer.origin}/`, runs(5)),
    );
  } finally {
    await browser.close();
    await app.stop();
    await floorServer.stop();
    // Temporary folders go; a build passed in with BENCH_DIST stays.
    if (!process.env.BENCH_DIST) rmSync(distDir, { recursive: true, force: true });
    rmSync(floor.dir, { recursive: true, force: true });
  }
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(toMarkdown(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
