import type { Page } from '@playwright/test';
import { test, expect, waitForSetting } from './fixtures';
import { routes } from './routes';
import { clipping, seriousViolations, smallTargets } from './axe';

/** Chooses the language on home (kept on the device) and waits until it is on screen. */
async function choose(page: Page, url: string, language: 'en' | 'ja-easy') {
  await page.goto(url);
  // The app has started (and set the stored or the browser's language) before the choice.
  await expect(page.locator('html[data-language]')).toHaveCount(1);
  await page.getByRole('combobox', { name: '言語 / Language' }).selectOption(language);
  // The switch waits for the catalogues on screen; on a first visit they may still be on their
  // way while the worker stores the app.
  await expect(page.locator(`html[data-language="${language}"]`)).toHaveCount(1, {
    timeout: 30_000,
  });
  // The routes are opened by URL: the choice must be stored first.
  await waitForSetting(page, 'language', language);
}

/** Opens a route and waits for it to settle in the chosen language. */
async function open(page: Page, url: string, language: string) {
  await page.goto(url);
  await expect(page.locator(`html[data-language="${language}"]`)).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The words of the screen's own namespaces arrive after the switch: wait for the network.
  await page.waitForLoadState('networkidle');
}

for (const language of ['en', 'ja-easy'] as const) {
  test(`${language}: axe, 44 px targets and 200% text on every route`, async ({ page, app }) => {
    await choose(page, app.url('/'), language);
    for (const route of routes) {
      await open(page, app.url(route.path), language);
      expect(await seriousViolations(page), route.path).toEqual([]);
      expect(await smallTargets(page), route.path).toEqual([]);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      expect(await clipping(page), route.path).toEqual([]);
    }
  });
}
