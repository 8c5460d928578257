import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startIncident } from './incident';

// Hour one of an incident (issue 12): the urgent action in the first viewport, status
// changes that ask first, drafts that survive, searches that find what she meant.

/** Sets 200% text before the page renders (as a browser's text size setting would). */
const largeText = (page: Page) =>
  page.addInitScript(() => {
    const apply = () => document.documentElement.style.setProperty('font-size', '200%');
    if (document.documentElement) apply();
    document.addEventListener('DOMContentLoaded', apply);
  });

const screens = [
  { name: '390 px', viewport: { width: 390, height: 844 }, large: false },
  { name: '320 px at 200% text', viewport: { width: 320, height: 568 }, large: true },
];

for (const s of screens) {
  test(`ransom note → 切り離し ticked in two taps after starting the record, in the first viewport (${s.name})`, async ({
    page,
    app,
  }) => {
    await page.setViewportSize(s.viewport);
    if (s.large) await largeText(page);
    await page.goto(app.url('/'));
    // The worst case: the header's 「✓ オフライン対応」 mark is already there.
    await app.waitForServiceWorker(page);
    await expect(page.getByRole('banner').getByText('オフライン対応')).toBeVisible();
    await page
      .getByRole('link', { name: /ランサムウェア/ })
      .first()
      .click();
    await page.getByRole('link', { name: '対応を開始（記録をつける）' }).click();
    const name = page.getByLabel('あなたのお名前（記録の「誰が」に使います）');
    await expect(page.getByRole('button', { name: '対応を開始する' })).toBeVisible();
    if (await name.isVisible()) await name.fill('山田 花子');

    // Tap 1: start. Tap 2: the urgent card's 完了, visible without scrolling.
    await page.getByRole('button', { name: '対応を開始する' }).click();
    const urgent = page.getByRole('region', { name: 'まず、すぐに' });
    const done = urgent.getByRole('button', { name: '完了' });
    await expect(done).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(done).toBeInViewport({ ratio: 1 });
    // …and not under the bottom navigation.
    const navTop = (await page.getByRole('navigation', { name: 'メインメニュー' }).boundingBox())!
      .y;
    const button = (await done.boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(navTop);
    await expect(urgent).toContainText('ネットワークから切り離します');
    await done.click();
    await expect(urgent.getByText('保存済み')).toBeVisible();

    // The same stored item is ticked in the checklist.
    const row = page
      .getByRole('region', { name: 'チェックリスト' })
      .locator('li.check-item', { hasText: '感染したパソコンやサーバーの利用を停止し' });
    await expect(row.getByRole('button', { name: '✓ 完了' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.reload();
    await expect(
      page.getByRole('region', { name: 'まず、すぐに' }).getByRole('button', { name: '✓ 完了' }),
    ).toBeVisible();

    // Nothing on the page scrolls sideways at this size.
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(wide).toBe(false);
    // The bottom navigation keeps each label on one line; the header stays compact.
    const navLines = await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .locator('span')
      .evaluateAll((els) =>
        els.map((el) =>
          Math.round(
            el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
          ),
        ),
      );
    expect(navLines.every((n) => n === 1)).toBe(true);
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.height).toBeLessThan(80);
  });
}

test('復旧済み with open items asks first and says how many', async ({ page, app }) => {
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  await expect(page.getByRole('region', { name: 'チェックリスト' })).toBeVisible();
  await page.getByRole('button', { name: '復旧済みにする…' }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(/未完了の項目が \d+ 件あります。復旧済みにしますか/);
  await question.getByRole('button', { name: 'やめる' }).click();
  await expect(page.getByText('対応中', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '復旧済みにする…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '復旧済みにする' }).click();
  await expect(page.getByRole('button', { name: '対応中に戻す' })).toBeVisible();
  await page.goto(app.url(path));
  await expect(page.locator('.status-badge')).toHaveText('復旧済み');
});

test('an edited draft survives leaving the page, and a reload offline', async ({ page, app }) => {
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  // The offline-ready state is a mark in the header, on the first screen.
  const mark = page.locator('.app-header').getByText('オフライン対応');
  await expect(mark).toBeInViewport();
  const path = await startIncident(page, app.url('/incidents/new?type=leak&cause=misdelivery'));
  await page.goto(app.url(`${path}/share`));
  await page.getByRole('radio', { name: '削除依頼メール（誤送信）' }).check();
  const box = page.getByLabel(/^内容/);
  await box.fill('株式会社サンプルの山田です。先ほどのメールを削除してください。');
  await expect(page.getByText('編集済み・保存済み')).toBeVisible();

  // Another tab of the incident, then back.
  await page
    .getByRole('navigation', { name: 'この対応記録のページ' })
    .getByRole('link', { name: '対応経過' })
    .click();
  await expect(page).toHaveURL(/\/timeline$/);
  await page
    .getByRole('navigation', { name: 'この対応記録のページ' })
    .getByRole('link', { name: '共有・出力' })
    .click();
  await page.getByRole('radio', { name: /削除依頼メール（誤送信）.*編集済み/ }).check();
  await expect(page.getByLabel(/^内容/)).toHaveValue(/株式会社サンプルの山田です/);

  // The server stopped: a reload still shows her text.
  await app.stop();
  await page.reload();
  await page.getByRole('radio', { name: /削除依頼メール（誤送信）.*編集済み/ }).check();
  await expect(page.getByLabel(/^内容/)).toHaveValue(/株式会社サンプルの山田です/);
});

const SEARCHES: [string, string][] = [
  ['警察に相談するには', '/contacts#npa-cyber-report'],
  ['個人情報保護委員会への報告', '/playbooks/leak#leak-report-to-ppc'],
  ['個情委', '/playbooks/leak#leak-report-to-ppc'],
  ['USB', '/playbooks/leak?cause=loss'],
  ['なくした', '/playbooks/leak?cause=loss'],
  ['LAN', '/playbooks/ransomware#ransomware-isolate'],
  ['身代金', '/playbooks/ransomware#ransomware-report-ransom-message'],
  ['バックアップ', '/backup'],
];

test('the searches of a person under stress find their places', async ({ page, app }) => {
  for (const [q, href] of SEARCHES) {
    await page.goto(app.url(`/search?q=${encodeURIComponent(q)}`));
    await expect(page.getByRole('status').filter({ hasText: /件見つかりました/ })).toBeVisible();
    await expect(page.locator(`ol.results a[href="${href}"]`).first(), q).toBeVisible();
  }
  await page.goto(app.url('/search?q=ランサムウエア'));
  await page.getByRole('button', { name: 'ランサムウェア' }).click();
  await expect(page.getByRole('status').filter({ hasText: /件見つかりました/ })).toBeVisible();
});
