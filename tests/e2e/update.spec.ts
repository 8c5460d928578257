import { resolve } from 'node:path';
import { buildSecondVersion } from './second-build';
import { test, expect } from './fixtures';

const v2Dir = resolve(import.meta.dirname, '../../dist-update');

test.describe.configure({ timeout: 180_000 });

test('a new version waits for 「更新」, never reloads by itself, then runs after the tap', async ({
  page,
  app,
}) => {
  // A second build of the same sources, distinguishable by its version.
  buildSecondVersion(v2Dir);

  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  const v1 = await page.locator('.shell').getAttribute('data-version');
  expect(v1).not.toContain('update-test');

  // Deploy v2 on the same origin and let the browser check for an update.
  await app.stop();
  app.server.root = v2Dir;
  await app.start();
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'still here';
  });
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

  await expect(page.getByText('新しいバージョンがあります')).toBeVisible({ timeout: 30_000 });
  // Nothing reloads by itself: the marker survives a while after the prompt appears.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
    'still here',
  );
  await expect(page.locator('.shell')).toHaveAttribute('data-version', v1!);

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: '更新' }).click(),
  ]);
  await expect(page.locator('.shell')).toHaveAttribute('data-version', /update-test/);
  expect(
    await page.evaluate(() => (window as unknown as { marker?: string }).marker),
  ).toBeUndefined();
  await expect(page.getByText('新しいバージョンがあります')).toHaveCount(0);
});
