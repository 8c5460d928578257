import { test, expect } from './fixtures';
import { smallTargets } from './axe';

// Routes that need no stored data are prerendered: readable with no JavaScript at all,
// then hydrated in place without errors.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home, a playbook, the guide and contacts are readable', async ({ page, app }) => {
    await page.goto(app.url('/'));
    await expect(page.getByRole('heading', { level: 1, name: '何が起きましたか？' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ランサムウェア' })).toBeVisible();

    await page.goto(app.url('/playbooks/ransomware'));
    await expect(
      page.getByRole('heading', { level: 1, name: /ランサムウェア感染の場合/ }),
    ).toBeVisible();
    await expect(page.getByText(/ネットワークから切り離します/).first()).toBeVisible();

    await page.goto(app.url('/guide/basic'));
    await expect(page.getByRole('heading', { level: 1, name: /基本ステップ/ })).toBeVisible();
    await page.goto(app.url('/contacts'));
    await expect(page.getByText('cs-support@ipa.go.jp').first()).toBeVisible();
  });

  // The first paint of a prerendered page has only the inlined stylesheet (a route's own CSS
  // comes with its code): its controls must already be full-size targets.
  test('the first paint of the prerendered playbooks and guide pages has 44 px targets', async ({
    page,
    app,
  }) => {
    for (const path of [
      '/playbooks/ransomware',
      '/playbooks/leak',
      '/playbooks/outage',
      '/guide',
      '/guide/basic',
      '/contacts',
    ]) {
      await page.goto(app.url(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await smallTargets(page), path).toEqual([]);
    }
  });
});

test('a prerendered playbook hydrates in place, without errors, and responds', async ({
  page,
  app,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(app.url('/playbooks/ransomware'));
  const h1 = page.getByRole('heading', { level: 1, name: /ランサムウェア感染の場合/ });
  await expect(h1).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { firstH1: Element | null }).firstH1 = document.querySelector('h1');
  });
  await page.waitForLoadState('networkidle');
  // The same heading element: hydration kept the prerendered DOM instead of replacing it.
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { firstH1: Element | null }).firstH1 === document.querySelector('h1'),
    ),
  ).toBe(true);
  await page.getByRole('link', { name: /対応を開始/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '対応を開始' })).toBeVisible();
  expect(errors).toEqual([]);
});
