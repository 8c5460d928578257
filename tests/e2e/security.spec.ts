import { test, expect } from './fixtures';
import { routes } from './routes';
import { trapScript } from './hostile';

test('the app runs under its CSP without a single violation on any route', async ({
  page,
  app,
}) => {
  await page.addInitScript(trapScript);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  for (const route of routes) {
    await page.goto(app.url(route.path));
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations, route.path).toEqual([]);
  }
  expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});
