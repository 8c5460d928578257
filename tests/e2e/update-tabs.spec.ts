import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSecondVersion } from './builds';
import { test, expect, distDir } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('after 「更新」 in one tab, the other tab keeps working and its own 「更新」 works', async ({
  page,
  context,
  app,
}) => {
  // Its own output folder: update.spec.ts builds its second version in parallel.
  const v2Dir = buildSecondVersion('dist-update-tabs');
  // The page the second tab opens later is a different file in the new version.
  const contactsChunk = (dir: string) =>
    readdirSync(resolve(dir, 'assets')).find((f) => /^ContactsPage-.*\.js$/.test(f));
  expect(contactsChunk(v2Dir)).not.toBe(contactsChunk(distDir));

  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  const other = await context.newPage();
  await other.goto(app.url('/'));
  await app.waitForServiceWorker(other);
  const v1 = await other.locator('.shell').getAttribute('data-version');

  // Deploy v2: the old version's files are gone from the server.
  await app.stop();
  app.server.root = v2Dir;
  await app.start();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect(page.getByText('新しいバージョンがあります')).toBeVisible({ timeout: 30_000 });

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: '更新' }).click(),
  ]);
  await expect(page.locator('.shell')).toHaveAttribute('data-version', /update-test/);

  // The other tab was not reloaded, and a page it had never opened still opens.
  await expect(other.locator('.shell')).toHaveAttribute('data-version', v1!);
  await other.getByRole('link', { name: '連絡先', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1 })).toContainText('連絡');
  await expect(other.getByRole('heading', { name: 'この画面を開けませんでした' })).toHaveCount(0);

  // Its own 「更新」 switches it to the new version with one reload.
  await expect(other.getByText('新しいバージョンがあります')).toBeVisible();
  await Promise.all([
    other.waitForEvent('load'),
    other.getByRole('button', { name: '更新' }).click(),
  ]);
  await expect(other.locator('.shell')).toHaveAttribute('data-version', /update-test/);
  await other.getByRole('link', { name: '手引き' }).first().click();
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
});
