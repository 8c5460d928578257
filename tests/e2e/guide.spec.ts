import type { Page } from '@playwright/test';
import { test, expect, type App } from './fixtures';

// The guidance screens with no network: after one visit, every playbook opens, and a
// person with a ransom note on screen reaches 「ネットワークから切り離す」 in one tap from home.

const playbooks = [
  { id: 'basic', heading: /インシデント対応の基本ステップ/, urgent: /ネットワークの遮断/ },
  { id: 'virus', heading: /ウイルス感染の場合/, urgent: /ネットワークから切り離します/ },
  { id: 'ransomware', heading: /ランサムウェア感染の場合/, urgent: /ネットワークから切り離します/ },
  { id: 'leak', heading: /情報漏えいの場合/, urgent: /漏えいした情報の種類や件数/ },
  { id: 'outage', heading: /システム停止の場合/, urgent: /システムの稼働継続を試みます/ },
];

const urgent = (page: Page) => page.getByRole('region', { name: 'まず、すぐに' });

async function installThenCut(page: Page, app: App) {
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  await app.stop();
}

test('offline, every playbook opens by URL and by tapping from home', async ({ page, app }) => {
  await installThenCut(page, app);
  for (const pb of playbooks) {
    await page.goto(app.url(`/playbooks/${pb.id}`));
    await expect(page.getByRole('heading', { level: 1, name: pb.heading })).toBeVisible();
    await expect(urgent(page)).toContainText(pb.urgent);
  }
  for (const [label, pb] of [
    ['ウイルス感染', playbooks[1]!],
    ['ランサムウェア', playbooks[2]!],
    ['システム停止', playbooks[4]!],
  ] as const) {
    await page.goto(app.url('/'));
    await page.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: pb.heading })).toBeVisible();
    await expect(urgent(page)).toContainText(pb.urgent);
  }
  await page.goto(app.url('/'));
  await page.getByRole('button', { name: /情報漏えい/ }).click();
  await page.getByRole('link', { name: 'メール誤送信・Web誤公開' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /情報漏えいの場合/ })).toBeVisible();
  await expect(page.getByText('（原因：メール誤送信・Web誤公開）')).toBeVisible();

  await page.goto(app.url('/'));
  await page.getByRole('link', { name: /まだわからない/ }).click();
  await page.getByRole('link', { name: /システムに動作不良、障害、停止/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /システム停止の場合/ })).toBeVisible();
});

test('offline, a ransom note: opening the app and one tap show 「ネットワークから切り離す」 first', async ({
  page,
  app,
  context,
}) => {
  await installThenCut(page, app);
  await page.close();
  // A cold open of the app, as from the home screen icon.
  const fresh = await context.newPage();
  await fresh.goto(app.url('/'));
  await fresh.getByRole('link', { name: 'ランサムウェア', exact: true }).click();
  const box = urgent(fresh);
  await expect(box).toContainText('ネットワークから切り離します');
  await expect(box).toContainText('電源を切る等、不用意な操作で');
  await expect(box).toBeInViewport();
});

test('offline search finds the backup guidance and opens it at its place', async ({
  page,
  app,
}) => {
  await installThenCut(page, app);
  await page.goto(app.url('/search'));
  await page.getByRole('searchbox', { name: '調べたい言葉' }).fill('バックアップ');
  const result = page.getByRole('link', { name: /データ等のバックアップを行っている場合は/ });
  await expect(result.locator('mark').first()).toHaveText('バックアップ');
  await result.click();
  await expect(
    page.getByRole('heading', { level: 1, name: /ランサムウェア感染の場合/ }),
  ).toBeVisible();
  await expect(page.locator('#ransomware-restore-backup')).toBeInViewport();
  await expect(page.locator('#ransomware-restore-backup')).toBeFocused();
});
