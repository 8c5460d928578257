import { chromium } from 'playwright';
import { StaticServer } from '../tests/e2e/server.mjs';
import { seedDatabase } from './seed.mjs';
const app = new StaticServer(process.argv[2], { gzip: true }); await app.start();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let r = 0; r < 3; r++) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(app.origin + '/', { waitUntil: 'networkidle' });
  await page.evaluate(seedDatabase, { count: 1, timeline: 1000 });
  await page.waitForTimeout(1500);
  await page.goto(app.origin + '/incidents/bench-00000/share', { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('export-build').length > 0, null, { timeout: 20000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const b = performance.getEntriesByName('export-build')[0];
    const res = performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop().slice(0, 18)}@${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`);
    return { dcl: nav.domContentLoadedEventEnd.toFixed(0), load: nav.loadEventEnd.toFixed(0), buildStart: b.startTime.toFixed(0), buildEnd: (b.startTime + b.duration).toFixed(0), res: res.join(' ') };
  });
  console.log(JSON.stringify(t));
  await ctx.close();
}
await browser.close(); await app.stop();
