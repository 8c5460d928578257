import { buildSecondVersion, secondBuildId } from './builds';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('a new version waits for 「更新」, never reloads by itself, then runs after the tap', async ({
  page,
  app,
}) => {
  // A second build of the same sources, distinguishable by its version.
  const v2Dir = buildSecondVersion('dist-update');

  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  // The app has started (a first visit's starts at the first input): the update is found by it.
  await page.keyboard.press('Shift');
  await expect
    .poll(() =>
      page.evaluate(() => (window as { incidentNaviPageWorks?: boolean }).incidentNaviPageWorks),
    )
    .toBe(true);
  const v1 = await page.locator('.shell').getAttribute('data-version');
  expect(v1).not.toContain(secondBuildId);

  // Deploy v2 on the same origin and let the browser check for an update.
  await app.stop();
  app.server.root = v2Dir;
  await app.start();
  // The page's messages to any worker are recorded: taking over takes a SKIP_WAITING.
  await page.evaluate(() => {
    const w = window as unknown as { marker: string; toWorkers: unknown[] };
    w.marker = 'still here';
    w.toWorkers = [];
    const post = ServiceWorker.prototype.postMessage;
    ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
      w.toWorkers.push((args[0] as { type?: unknown } | undefined)?.type);
      return (post as (...a: unknown[]) => void).apply(this, args);
    } as typeof post;
  });
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

  await expect(page.getByText('新しいバージョンがあります')).toBeVisible({ timeout: 30_000 });
  // Nothing reloads by itself: the new version waits, installed, and the page never asked it
  // to take over; the page is the same one.
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
    )
    .toBe('installed');
  const asked = () =>
    page.evaluate(() => (window as unknown as { toWorkers: unknown[] }).toWorkers);
  expect(await asked()).not.toContain('SKIP_WAITING');
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
    'still here',
  );
  await expect(page.locator('.shell')).toHaveAttribute('data-version', v1!);

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: '更新' }).click(),
  ]);
  await expect(page.locator('.shell')).toHaveAttribute('data-version', new RegExp(secondBuildId));
  expect(
    await page.evaluate(() => (window as unknown as { marker?: string }).marker),
  ).toBeUndefined();
  await expect(page.getByText('新しいバージョンがあります')).toHaveCount(0);
});
