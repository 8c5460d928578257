// Team mode: the first sync of 1,000 incidents, and the time from a tick on one phone to its
// appearance on the other (two browser profiles, pouchdb-server behind the app's /couchdb/).
import { phone, startApp } from './browser.mjs';
import { median, ms, percentile } from './stats.mjs';
import { seedDatabase } from './seed.mjs';
import { TeamServer } from '../tests/e2e/team-server.mjs';

const MEMBERS = [
  { user: 'bench-a', password: 'bench-a-pw', deviceName: 'ベンチA' },
  { user: 'bench-b', password: 'bench-b-pw', deviceName: 'ベンチB' },
];
const PASSPHRASE = 'ベンチ用の合言葉';
const ITEM = 'main li.check-item button[aria-pressed]';

/** Fills 設定 → チーム on a phone and starts team mode; resolves with ms until 同期済み. */
async function join(page, origin, db, member) {
  await page.goto(`${origin}/settings/team`);
  await page.getByLabel('チームのデータベース').fill(db);
  await page.getByLabel('ユーザー名').fill(member.user);
  await page.getByLabel('パスワード', { exact: true }).fill(member.password);
  await page.getByLabel('チームの合言葉').fill(PASSPHRASE);
  await page.getByLabel('この端末の名前').fill(member.deviceName);
  const started = Date.now();
  await page.getByRole('button', { name: 'チームでの共有を始める' }).click();
  await page
    .locator('.team-status[data-state="synced"]')
    .waitFor({ state: 'visible', timeout: 600_000 });
  return Date.now() - started;
}

/** In the page: resolves with the time the button `index` shows `pressed` (null after 30 s). */
const whenPressed = ({ selector, index, pressed }) =>
  new Promise((resolve) => {
    const done = () =>
      document.querySelectorAll(selector)[index]?.getAttribute('aria-pressed') === pressed;
    if (done()) return resolve(performance.timeOrigin + performance.now());
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(performance.timeOrigin + performance.now());
    });
    observer.observe(document.body, { subtree: true, attributes: true, childList: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 30_000);
  });

/**
 * Phone A holds 1,000 incidents and turns team mode on (its first sync sends them all); phone B
 * joins (its first sync receives them all); then `count` ticks on A are timed until B shows them.
 */
export async function measureTeam(browser, app, count) {
  const server = new TeamServer();
  await server.start();
  app.teamServer = server.url;
  const db = `bench-${Date.now().toString(36)}`;
  await server.createTeam(db, MEMBERS);
  const a = await browser.newContext({ ...phone, serviceWorkers: 'allow' });
  const b = await browser.newContext({ ...phone, serviceWorkers: 'allow' });
  try {
    const pageA = await a.newPage();
    await pageA.goto(`${app.origin}/`, { waitUntil: 'networkidle' });
    await startApp(pageA, { database: true });
    const id = await pageA.evaluate(seedDatabase, { count: 1000 });
    const firstPush = await join(pageA, app.origin, db, MEMBERS[0]);
    const docs = (await server.documents(db)).length;
    const pageB = await b.newPage();
    await pageB.goto(`${app.origin}/`, { waitUntil: 'networkidle' });
    await startApp(pageB);
    const firstPull = await join(pageB, app.origin, db, MEMBERS[1]);

    await pageA.goto(`${app.origin}/incidents/${id}`);
    await pageB.goto(`${app.origin}/incidents/${id}`);
    await pageA.waitForSelector(ITEM);
    await pageB.waitForSelector(ITEM);
    const samples = [];
    for (let n = 0; n < count; n++) {
      const index = n % 5;
      const button = pageA.locator(ITEM).nth(index);
      const pressed = (await button.getAttribute('aria-pressed')) === 'true' ? 'false' : 'true';
      const seen = pageB.evaluate(whenPressed, { selector: ITEM, index, pressed });
      const tapped = await pageA.evaluate(() => performance.timeOrigin + performance.now());
      await button.click();
      const at = await seen;
      samples.push(at === null ? null : at - tapped);
    }
    return {
      incidents: 1000,
      documents: docs,
      firstPushMs: firstPush,
      firstPullMs: firstPull,
      ticks: count,
      median: ms(median(samples)),
      p95: ms(percentile(samples, 95)),
      failed: samples.filter((s) => s === null).length,
    };
  } finally {
    await a.close();
    await b.close();
    app.teamServer = undefined;
    await server.stop();
  }
}
