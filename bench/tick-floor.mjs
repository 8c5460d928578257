// The floor of a checklist tick: a plain page whose button does one strict IndexedDB read and
// write per tap and then flips aria-pressed. What the browser's input handling and IndexedDB
// cost on this machine before any app code: the app's tick is measured against it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { phone } from './browser.mjs';
import { percentile, ms } from './stats.mjs';
import { StaticServer } from '../tests/e2e/server.mjs';
import { fingerTap, instantTap } from './finger-tap.mjs';

// A page of its own (no CSP): the script is the whole floor.
const PAGE = `<!doctype html><meta name="viewport" content="width=device-width">
<button id="b" aria-pressed="false" style="width:200px;height:60px">完了</button>
<script>
const open = indexedDB.open('floor', 1);
open.onupgradeneeded = () => open.result.createObjectStore('s');
open.onsuccess = () => { window.db = open.result; };
window.ticks = [];
b.addEventListener('click', (e) => {
  const tx = db.transaction('s', 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('s');
  store.get(1).onsuccess = (r) => store.put({ state: !r.target.result?.state, at: Date.now() }, 1);
  tx.oncomplete = () => {
    b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'));
    ticks.push(performance.now() - e.timeStamp);
  };
});
</script>`;

/**
 * Tap → committed on the floor page, p50 / p95 over `count` taps (like the app's ticks), with
 * finger taps or (`finger` false) instant ones.
 */
export async function measureTickFloor(browser, count, finger = true) {
  const tap = finger ? fingerTap : instantTap;
  const dir = await mkdtemp(join(tmpdir(), 'bench-tick-floor-'));
  await writeFile(join(dir, 'index.html'), PAGE);
  const server = new StaticServer(dir);
  await server.start();
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => 'db' in window);
    for (let n = 1; n <= count; n++) {
      await tap(page, page.locator('#b'));
      await page.waitForFunction((k) => window.ticks.length >= k, n);
    }
    const samples = await page.evaluate(() => window.ticks);
    return { taps: count, p50: ms(percentile(samples, 50)), p95: ms(percentile(samples, 95)) };
  } finally {
    await context.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
