import type { Page } from '@playwright/test';
import { test, expect, waitForSetting } from './fixtures';
import { stepPlan } from './builds';

test('the app loads, the service worker takes control, and says it works offline', async ({
  page,
  app,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.url('/'));
  await expect(page.getByRole('heading', { level: 1, name: /何が起きましたか/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await app.waitForServiceWorker(page);
  await expect(page.getByText('オフラインでも使えるようになりました')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a first visit: the worker registers at load, and the app starts at the first touch or click', async ({
  page,
  app,
}) => {
  const entries: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/main-[\w-]+\.js$/.test(r.url())) entries.push(r.url());
  });
  await page.goto(app.url('/'));
  // The loader registered the worker at the load event, without the app.
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())))
    .toBe(true);
  // The prerendered home is the whole page of a first visit: its app is not requested yet
  // (it would be 5 s after the load event, were the page left alone).
  expect(entries).toEqual([]);
  await page.getByRole('heading', { level: 1, name: /何が起きましたか/ }).click();
  await expect.poll(() => entries.length).toBe(1);
  await expect
    .poll(() =>
      page.evaluate(() => (window as { incidentNaviPageWorks?: boolean }).incidentNaviPageWorks),
    )
    .toBe(true);
});

test('a first visit that follows a link at once is told on the next page that it works offline', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/'));
  // Before the app works, a tap on a link loads the next page itself.
  await page.getByRole('link', { name: 'ランサムウェア' }).first().click();
  await expect(page).toHaveURL(/\/playbooks\//);
  await app.waitForServiceWorker(page);
  await expect(page.getByText('オフラインでも使えるようになりました')).toBeVisible({
    timeout: 15_000,
  });
});

test('a first visit stores each step of the worker in one download, not one per file', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  const { install, warm, packs } = stepPlan();
  // What the worker fetched (fetch() requests carry Sec-Fetch-Dest: empty; the page's own
  // scripts and styles say script or style).
  const fetched = app.server.requests.filter((r) => r.dest === 'empty').map((r) => r.path);
  expect(fetched.filter((p) => p.endsWith('.pack')).sort()).toEqual(
    [`/${packs.install}`, `/${packs.warm}`, `/${packs.languages}`].sort(),
  );
  const stepFiles = new Set([...install, ...warm.map((w) => w.url)].map((u) => `/${u}`));
  expect(fetched.filter((p) => stepFiles.has(p.replace(/\?.*$/, '')))).toEqual([]);
  // Offline, a file from each pack is served with its type, as the host sent it.
  await app.stop();
  const types = await page.evaluate(async () => {
    // The app's entry, as the page's loader names it (a first visit starts it at the first input).
    const script = new URL(
      document.querySelector('script[data-entry]')!.getAttribute('data-entry')!,
      location.href,
    ).href;
    const warmKeys = await (await caches.open('incident-navi-warm')).keys();
    const warmScript = warmKeys.find((r) => new URL(r.url).pathname.endsWith('.js'))!.url;
    return Promise.all(
      [script, warmScript].map(async (url) => (await fetch(url)).headers.get('content-type')),
    );
  });
  expect(types).toEqual([
    expect.stringMatching(/^text\/javascript/),
    expect.stringMatching(/^text\/javascript/),
  ]);
  await app.start();
});

test('the manifest is valid and its icons load with the declared sizes', async ({ page, app }) => {
  await page.goto(app.url('/'));
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
  expect(manifest).toMatchObject({
    name: 'インシデント対応ナビ',
    short_name: '対応ナビ',
    lang: 'ja',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  });
  expect(manifest.description).toBeTruthy();
  expect(manifest.theme_color).toMatch(/^#/);
  expect(manifest.background_color).toMatch(/^#/);
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
  for (const size of ['192x192', '512x512']) {
    expect(icons.some((i) => i.sizes === size && i.type === 'image/png')).toBe(true);
  }
  expect(icons.some((i) => i.purpose.includes('maskable'))).toBe(true);
  for (const icon of icons.filter((i) => i.type === 'image/png')) {
    const [w, h] = await page.evaluate(async (src) => {
      const bitmap = await createImageBitmap(await (await fetch(src)).blob());
      return [bitmap.width, bitmap.height];
    }, icon.src);
    expect(`${w}x${h}`).toBe(icon.sizes);
  }
  // The scalable icon is inside the manifest (no request of its own), the same picture as the
  // icon file, and the browser draws it.
  const svg = icons.find((i) => i.type === 'image/svg+xml');
  expect(svg?.src).toMatch(/^data:image\/svg\+xml,/);
  const file = await page.evaluate(async () =>
    (await (await fetch('/icons/icon.svg')).text()).trim(),
  );
  expect(decodeURIComponent(svg!.src.slice('data:image/svg+xml,'.length))).toBe(file);
  const drawn = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return img.naturalWidth > 0;
  }, svg!.src);
  expect(drawn).toBe(true);
  // iOS: apple-touch-icon and the standalone meta tags; an SVG favicon.
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const status = await page.evaluate(async (src) => (await fetch(src)).status, touch!);
  expect(status).toBe(200);
});

test('an install button appears when the browser offers installation', async ({ page, app }) => {
  await page.goto(app.url('/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'アプリをインストール' })).toHaveCount(0);
  await page.evaluate(() => {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(event, {
      prompt: async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(event);
  });
  const button = page.getByRole('button', { name: 'アプリをインストール' });
  await expect(button).toBeVisible();
  await button.click();
  await expect
    .poll(() => page.evaluate(() => (window as { prompted?: boolean }).prompted))
    .toBe(true);
  await expect(button).toHaveCount(0);
});

test('an install offer made before the app has started is kept for it', async ({ page, app }) => {
  // Offered as the page is parsed: the app's entry is only requested after the first paint.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const appStarted = [...document.scripts].some((s) => s.type === 'module');
      const event = new Event('beforeinstallprompt', { cancelable: true });
      Object.assign(event, {
        prompt: async () => {},
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(event);
      Object.assign(window, { offeredBeforeStart: !appStarted && event.defaultPrevented });
    });
  });
  await page.goto(app.url('/'));
  await expect(page.getByRole('button', { name: 'アプリをインストール' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as { offeredBeforeStart?: boolean }).offeredBeforeStart),
  ).toBe(true);
});

// The worker stays out of these tests: it registers at load on a first visit, and an entry it
// serves from its cache is out of reach of page.route, which holds the entry back.
test.describe('before the app has started', () => {
  test.use({ serviceWorkers: 'block' });

  /** Holds back the app's entry (the page is painted, not yet working) until the returned release. */
  async function holdEntry(page: Page): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test('a tap on home before the app has started is not lost', async ({ page, app }) => {
    // The app's entry is held back until the tap is made: the page is painted, not yet working.
    const release = await holdEntry(page);
    await page.goto(app.url('/'));
    const leak = page.getByRole('button', { name: /情報漏えい/ });
    await leak.click();
    await expect(leak).toHaveAttribute('aria-expanded', 'false');
    release();
    // Once home works, the tap is made again: the causes open.
    await expect(leak).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: 'メール誤送信・Web誤公開' })).toBeVisible();
  });

  test('a language chosen on home before the app has started is kept', async ({ page, app }) => {
    const release = await holdEntry(page);
    await page.goto(app.url('/'));
    await page.getByRole('combobox', { name: '言語 / Language' }).selectOption('en');
    release();
    // Once home works, the choice is made again: the app speaks English, and keeps it.
    await expect(page.locator('html[data-language="en"]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name: 'What happened?' })).toBeVisible();
    await waitForSetting(page, 'language', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'What happened?' })).toBeVisible();
  });

  test('a deep link never shows the prerendered home as if it were the page asked for', async ({
    page,
    app,
  }) => {
    const release = await holdEntry(page);
    // The server answers an incident's address with index.html: home, prerendered.
    await page.goto(app.url('/incidents/00000000-0000-4000-8000-000000000000'));
    await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '何が起きましたか？' })).toBeHidden();
    release();
    await expect(page.getByText(/見つかりませんでした|ありません/).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: '何が起きましたか？' })).toHaveCount(0);
  });
});

test('the offline indicator informs without blocking', async ({ page, app, context }) => {
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  await context.setOffline(true);
  await expect(page.getByText('オフライン（このまま使えます）')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '手引き' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /手引き/ })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('オフライン（このまま使えます）')).toHaveCount(0);
});
