// Scale figures (issue 17): an incident with 5,000 timeline entries (open, add an entry), and
// with 100,000 entries the longest main-thread block while its timeline and share pages open;
// home with 10,000 incidents. No CPU throttling (like the other IndexedDB figures).
import { phone, startApp } from './browser.mjs';
import { readShown, seedDatabase, watchText } from './seed.mjs';
import { median, ms } from './stats.mjs';

const options = { ...phone, serviceWorkers: 'block' };
// Text the timeline page shows (on screen, above the entries) once its data is read.
const OPENED = '記録は消えません';

/** Init script: every long task (> 50 ms) of the main thread, from the start of the document. */
const watchLongTasks = () => {
  const w = /** @type {any} */ (window);
  w.__long = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing: stays empty.
  }
};
const longest = (page) => page.evaluate(() => Math.max(0, .../** @type {any} */ (window).__long));

/** A fresh context whose database holds `seed`; the page is on the app's origin. */
async function seeded(browser, origin, seed) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await startApp(page, { database: true });
  await page.evaluate(seedDatabase, seed);
  await page.waitForTimeout(1500);
  await context.addInitScript(watchLongTasks);
  return { context, page };
}

/** In the page: taps 記録する and resolves with ms until the new entry is drawn and saved. */
const timeAdd = (text) =>
  new Promise((resolve) => {
    const area = /** @type {HTMLTextAreaElement} */ (document.getElementById('timeline-new-text'));
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === '記録する',
    );
    requestAnimationFrame(() => {
      const start = performance.now();
      button?.click();
      const poll = () => {
        const drawn = [...document.querySelectorAll('.timeline-text')].some(
          (p) => p.textContent === text,
        );
        if (drawn) resolve(performance.now() - start);
        else requestAnimationFrame(poll);
      };
      poll();
    });
  });

/** In the page: taps the link named `name` and resolves with ms until `text` is on screen. */
const timeTap = ([name, text]) =>
  new Promise((resolve) => {
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === name);
    const start = performance.now();
    link?.click();
    const poll = () => {
      const main = document.querySelector('main');
      if (main?.textContent?.includes(text)) resolve(performance.now() - start);
      else requestAnimationFrame(poll);
    };
    poll();
  });

/** 5,000 entries: open the timeline (newest entry shown), then add entries. */
async function fiveThousand(browser, origin, runs) {
  const open = [];
  const tap = [];
  const add = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await seeded(browser, origin, { count: 1, timeline: 5_000 });
    try {
      // The page renders in one go once the incident and its newest entries are read.
      await context.addInitScript(watchText, OPENED);
      await page.goto(`${origin}/incidents/bench-00000/timeline`, { waitUntil: 'load' });
      open.push(await readShown(page, 30_000));
      await page.getByRole('button', { name: '記録する' }).waitFor();
      // From the incident's checklist page, a tap on 対応経過 (the app already running).
      for (let j = 0; j < 3; j++) {
        await page.getByRole('link', { name: 'チェックリスト' }).click();
        await page.waitForURL(/bench-00000$/);
        await page.locator('li.check-item').first().waitFor();
        tap.push(await page.evaluate(timeTap, ['対応経過', OPENED]));
      }
      for (let j = 0; j < 3; j++) add.push(await page.evaluate(timeAdd, `追加の記録 ${i}-${j}`));
    } finally {
      await context.close();
    }
  }
  return {
    openMs: ms(median(open)),
    openSamples: open.map(ms),
    tapMs: ms(median(tap)),
    tapSamples: tap.map(ms),
    addMs: ms(median(add)),
    addSamples: add.map(ms),
  };
}

/** 100,000 entries: longest main-thread block while the timeline, then the share page open. */
async function hundredThousand(browser, origin) {
  const { context, page } = await seeded(browser, origin, { count: 1, timeline: 100_000 });
  try {
    await context.addInitScript(watchText, OPENED);
    await page.goto(`${origin}/incidents/bench-00000/timeline`, { waitUntil: 'load' });
    const timelineShown = await readShown(page, 60_000);
    const timelineBlock = await longest(page);
    await context.addInitScript(watchText, 'ベンチ用インシデント 00000');
    await page.goto(`${origin}/incidents/bench-00000/share`, { waitUntil: 'load' });
    // The preview (the short summary) names the incident once it is built.
    const started = Date.now();
    await page.locator('#share-text').waitFor({ timeout: 120_000 });
    const shareShown = Date.now() - started;
    const shareBlock = await longest(page);
    return {
      timelineShownMs: ms(timelineShown),
      timelineLongestBlockMs: ms(timelineBlock),
      shareShownMs: ms(shareShown),
      shareLongestBlockMs: ms(shareBlock),
    };
  } finally {
    await context.close();
  }
}

/** Home with 10,000 incidents (two thirds open): longest block and the page's height. */
async function bigHome(browser, origin) {
  const { context, page } = await seeded(browser, origin, { count: 10_000 });
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.getByRole('region', { name: '対応中の記録' }).waitFor({ timeout: 60_000 });
    // The deadline list comes after the open incidents; give it its own settled signal.
    await page
      .getByRole('region', { name: '期限が近い報告・届出' })
      .waitFor({ timeout: 60_000 })
      .catch(() => {});
    return {
      longestBlockMs: ms(await longest(page)),
      heightPx: await page.evaluate(() => document.documentElement.scrollHeight),
    };
  } finally {
    await context.close();
  }
}

/** Every scale figure; `runs` repeats of the 5,000-entry incident. */
export async function measureScale(browser, origin, runs) {
  return {
    runs,
    timeline5k: await fiveThousand(browser, origin, runs),
    timeline100k: await hundredThousand(browser, origin),
    home10k: await bigHome(browser, origin),
  };
}
