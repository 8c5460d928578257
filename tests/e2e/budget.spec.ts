import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

// The home route's real first load, as the browser fetches it (service worker blocked so its
// precache downloads do not count): every HTML, JS and CSS response, gzip-compressed.
test.use({ serviceWorkers: 'block' });

test('home route: ≤ 50 KB gzip in all, ≤ 35 KB of JS, counting lazy chunks it loads; the type pages it warms once idle ≤ 25 KB', async ({
  page,
  app,
}) => {
  const sizes: { url: string; type: string; gzip: number; started: number }[] = [];
  const reading: Promise<unknown>[] = [];
  const measure = async (response: import('@playwright/test').Response) => {
    const url = new URL(response.url());
    const type = /\.js$/.test(url.pathname) ? 'js' : /\.css$/.test(url.pathname) ? 'css' : 'html';
    if (type === 'html' && response.request().resourceType() !== 'document') return;
    const body = await response.body().catch(() => null);
    const started = response.request().timing().startTime;
    if (body)
      sizes.push({ url: url.pathname, type, gzip: gzipSync(body, { level: 9 }).length, started });
  };
  page.on('response', (response) => void reading.push(measure(response)));
  await page.goto(app.url('/'), { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: /何が起きましたか/ })).toBeVisible();
  // Once home is shown and idle, it fetches the incident types' pages (a first visit's tap on a
  // type then needs no network): counted apart, from the page's mark on, once all are in.
  await page.waitForFunction(() => performance.getEntriesByName('warm-type-pages-done').length > 0);
  await Promise.all(reading);
  const warmFrom = await page.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName('warm-type-pages')[0]!.startTime,
  );
  const warm = sizes.filter((s) => s.started >= warmFrom);
  const own = sizes.filter((s) => s.started < warmFrom);
  const sum = (t?: string, from = own) =>
    from.filter((s) => !t || s.type === t).reduce((n, s) => n + s.gzip, 0);
  console.log(
    `home, as loaded: ${own.length} files, html ${sum('html')} B, js ${sum('js')} B, css ${sum('css')} B, total ${sum()} B (gzip)\n` +
      sizes.map((s) => `  ${s.url} ${s.gzip} B`).join('\n'),
  );
  console.log(`type pages warmed: ${warm.length} files, ${sum(undefined, warm)} B (gzip)`);
  expect(warm.some((s) => /PlaybookPage/.test(s.url))).toBe(true);
  expect(sum('js')).toBeLessThanOrEqual(35 * 1024);
  expect(sum()).toBeLessThanOrEqual(50 * 1024);
  expect(sum(undefined, warm)).toBeLessThanOrEqual(25 * 1024);
});
