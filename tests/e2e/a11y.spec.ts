import { test, expect } from './fixtures';
import { routes } from './routes';
import { clipping, seriousViolations, smallTargets } from './axe';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violation on any route (${scheme})`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of routes) {
      await page.goto(app.url(route.path));
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      expect(await seriousViolations(page), route.path).toEqual([]);
    }
  });
}

test('touch targets are at least 44×44 px on every route', async ({ page, app }) => {
  for (const route of routes) {
    await page.goto(app.url(route.path));
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    expect(await smallTargets(page), route.path).toEqual([]);
  }
});

test('at 200% text size nothing is clipped and nothing scrolls sideways', async ({ page, app }) => {
  for (const route of routes) {
    await page.goto(app.url(route.path));
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await clipping(page), route.path).toEqual([]);
  }
});

test('keyboard: skip link, visible focus, and the menu operable without a pointer', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  // Reach 手引き in the bottom menu with Tab only, and open it with Enter.
  const guide = page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '手引き' });
  for (let i = 0; i < 60 && !(await guide.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(guide).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /手引き/ })).toBeVisible();
  // Focus moves to the new page so a screen reader announces it.
  await expect(page.locator('#main')).toBeFocused();
});
