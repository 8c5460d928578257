import { expect, it } from 'vitest';
import { clippingInPage, smallTargetsInPage } from '../e2e/page-checks';
import { routes } from '../e2e/routes';
import { seriousViolations } from './axe';
import { useWebKit } from './fixture';

// WebKit's layout of every route: at 200 % text nothing is clipped and nothing scrolls
// sideways, touch targets stay 44 px, and axe finds nothing serious (the same in-page checks
// as the Chromium lane).

const wk = useWebKit();

it('at 200% text size nothing is clipped or scrolls sideways, on every route', async () => {
  const { page } = wk;
  for (const route of routes) {
    await page.goto(route.path);
    await page.find({ role: 'heading', level: 1, name: route.heading });
    await page.evaluate("document.documentElement.style.fontSize = '200%'");
    expect(await page.evaluate(clippingInPage), route.path).toEqual([]);
  }
});

it('touch targets are at least 44×44 px and axe finds nothing serious, on every route', async () => {
  const { page } = wk;
  for (const route of routes) {
    await page.goto(route.path);
    await page.find({ role: 'heading', level: 1, name: route.heading });
    expect(await page.evaluate(smallTargetsInPage), route.path).toEqual([]);
    expect(await seriousViolations(page), route.path).toEqual([]);
  }
});
