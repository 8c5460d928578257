import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions } from './browser';
import { test, expect } from './fixtures';
import { navigation, routes } from './routes';

test('after one visit every route opens with the server stopped, by URL and by navigation', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  await app.stop();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /何が起きましたか/ })).toBeVisible();

  for (const route of routes) {
    await page.goto(app.url(route.path));
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
  }
  for (const item of navigation) {
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: item.label })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: item.heading })).toBeVisible();
  }
});

test('a cold start offline: a new tab opened on a deep link renders', async ({
  page,
  app,
  context,
}) => {
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  await app.stop();
  await page.close();
  const fresh = await context.newPage();
  await fresh.goto(app.url('/contacts'));
  await expect(fresh.getByRole('heading', { level: 1, name: /連絡先|相談窓口/ })).toBeVisible();
  await fresh.goto(app.url('/incidents/some-deep-link'));
  await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
});

test('installed once, the browser closed and reopened with no network: every route opens', async ({
  app,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'navi-profile-'));
  const options = { ...launchOptions, locale: 'ja-JP', serviceWorkers: 'allow' as const };
  try {
    const first = await chromium.launchPersistentContext(profile, options);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(app.url('/'));
    await app.waitForServiceWorker(page);
    await first.close();
    await app.stop();

    const again = await chromium.launchPersistentContext(profile, options);
    const reopened = again.pages()[0] ?? (await again.newPage());
    for (const route of routes) {
      await reopened.goto(app.url(route.path));
      await expect(reopened.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    }
    await again.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
