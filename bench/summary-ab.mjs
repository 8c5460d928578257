// Side-by-side timing of the share page of a 1,000-entry incident for several builds, rounds
// interleaved so the shared machine's load falls on each alike:
//   node bench/summary-ab.mjs 9 /tmp/dist-before /tmp/dist-after
// Prints per build the median of page opened → preview and of the app's 'export-build' measure.
import { launch, startApp } from './browser.mjs';
import { StaticServer } from '../tests/e2e/server.mjs';
import { readShown, seedDatabase, watchText } from './seed.mjs';
import { median } from './stats.mjs';

const rounds = Number(process.argv[2]) || 9;
const dists = process.argv.slice(3);
const servers = dists.map((dir) => new StaticServer(dir, { gzip: true }));
for (const s of servers) await s.start();
const browser = await launch();
const out = dists.map(() => ({ shown: [], build: [] }));
try {
  for (let r = 0; r < rounds; r++) {
    for (const [i, server] of servers.entries()) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
        await startApp(page, { database: true });
        await page.evaluate(seedDatabase, { count: 1, timeline: 1000 });
        await page.waitForTimeout(1500);
        await context.addInitScript(watchText, 'ベンチ用インシデント 00000');
        await page.goto(`${server.origin}/incidents/bench-00000/share`, { waitUntil: 'load' });
        out[i].shown.push(await readShown(page, 20_000));
        out[i].build.push(
          await page.evaluate(() => performance.getEntriesByName('export-build')[0]?.duration),
        );
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.stop();
}
for (const [i, dir] of dists.entries()) {
  const { shown, build } = out[i];
  console.log(
    `${dir}: page → preview ${Math.round(median(shown))} ms, built ${Math.round(median(build))} ms`,
    `(${build.map(Math.round).join(', ')})`,
  );
}
