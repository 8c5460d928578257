import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions } from './browser';
import { test, expect, waitForServiceWorker } from './fixtures';
import { navigation, routes } from './routes';
import { stepPlan, warmBeforeLanguages, warmUrls } from './builds';

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

test('on a first visit every route works offline in Japanese before English and やさしい日本語 arrive', async ({
  page,
  app,
}) => {
  // The languages step (its pack and each of its files) never arrives.
  const { languages, packs } = stepPlan();
  app.server.refused = new Set([`/${packs.languages}`, ...languages.map((u) => `/${u}`)]);
  await page.goto(app.url('/'));
  await waitForServiceWorker(
    page,
    warmBeforeLanguages().map((u) => `/${u}`),
  );
  await app.stop();

  for (const route of routes) {
    await page.goto(app.url(route.path));
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
  }
});

test('cut off on a first visit before every screen is stored: a missing screen says so and offers the stored ones', async ({
  page,
  app,
  context,
}) => {
  // The worker's warm step (guide pages, rare screens) never arrives: the network is gone first.
  const { packs } = stepPlan();
  app.server.refused = new Set([...warmUrls(), `/${packs.warm}`, `/${packs.languages}`]);
  await page.goto(app.url('/'));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
    })
    .toBe(true);
  await app.stop();
  await context.setOffline(true);

  const menu = page.getByRole('navigation', { name: 'メインメニュー' });
  await menu.getByRole('link', { name: '対応記録' }).click();
  const notStored = page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: 'この画面はまだこの端末に保存されていません' }),
  });
  await expect(notStored).toBeVisible();
  await expect(notStored.getByRole('button', { name: '再読み込み' })).toHaveCount(0);
  await expect(page.locator('.offline-indicator')).not.toContainText('オフライン対応');

  await notStored.getByRole('link', { name: '新しく対応の記録を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /対応を開始/ })).toBeVisible();
  await page.goBack();
  await expect(notStored).toBeVisible();
  await notStored.getByRole('link', { name: /ホーム/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /何が起きましたか/ })).toBeVisible();
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
