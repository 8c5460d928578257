import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startIncident } from './incident';
import { seriousViolations } from './axe';

// Restoring a backup made on another phone: this phone keeps its own settings (its backup
// reminder, its responder's name), and a file with records this app cannot use is named
// record by record before anything is written.

const REMINDER = { name: 'バックアップのおすすめ' } as const;

/** Saves a plain backup through the UI and returns the downloaded file's path. */
async function saveBackup(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ファイルに保存' }).click();
  const path = (await (await downloading).path())!;
  await expect(page.getByRole('status').first()).toContainText('保存しました');
  return path;
}

test("restoring another phone's backup keeps this phone's reminder and name", async ({
  page,
  browser,
  app,
}) => {
  // Phone A: one incident, backed up (so A's file carries A's lastBackupAt).
  await startIncident(page, app.url('/incidents/new?type=virus'));
  await saveBackup(page, app.url('/backup'));
  // The second file carries the first backup's time.
  const fileA = await saveBackup(page, app.url('/backup'));
  expect(await readFile(fileA, 'utf8')).toContain('"lastBackupAt"');

  // Phone B: its own incident, never backed up, its own responder name.
  const phoneB = await browser.newContext();
  const pageB = await phoneB.newPage();
  try {
    await pageB.goto(app.url('/incidents/new?type=outage'));
    await pageB.getByLabel('あなたのお名前（記録の「誰が」に使います）').fill('佐藤 次郎');
    await pageB.getByRole('button', { name: '対応を開始する' }).click();
    await expect(pageB).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
    await pageB.goto(app.url('/'));
    await expect(pageB.getByRole('complementary', REMINDER)).toContainText(
      'まだバックアップをしていません',
    );

    await pageB.goto(app.url('/backup'));
    await pageB.getByLabel('バックアップファイルを選ぶ').setInputFiles(fileA);
    await pageB.getByRole('button', { name: 'この端末に復元する' }).click();
    await expect(pageB.getByText(/復元しました。追加: 対応記録 1件/)).toBeVisible();

    // B still has never been backed up, and its responder is still 佐藤.
    await pageB.goto(app.url('/'));
    await expect(pageB.getByRole('complementary', REMINDER)).toContainText(
      'まだバックアップをしていません',
    );
    await pageB.goto(app.url('/settings'));
    await expect(pageB.getByLabel(/チェックや記録の「誰が」に使います/)).toHaveValue('佐藤 次郎');
  } finally {
    await phoneB.close();
  }
});

test('a file with an unknown incident type names it and restores the rest only when asked', async ({
  page,
  app,
}, testInfo) => {
  await startIncident(page, app.url('/incidents/new?type=virus'));
  await startIncident(page, app.url('/incidents/new?type=outage'));
  const saved = JSON.parse(await readFile(await saveBackup(page, app.url('/backup')), 'utf8')) as {
    data: { incidents: { title: string; types: string[] }[] };
  };
  saved.data.incidents[0]!.types = ['earthquake'];
  saved.data.incidents[0]!.title = '地震\u202Eで停止';
  const edited = testInfo.outputPath('edited-backup.json');
  await writeFile(edited, JSON.stringify(saved));

  // A fresh phone: the site data cleared.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: app.url('').replace(/\/$/, ''),
    storageTypes: 'all',
  });
  await page.goto(app.url('/backup'));
  await page.getByLabel('バックアップファイルを選ぶ').setInputFiles(edited);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('このアプリにないインシデントの種類が含まれています');
  // The title as the file has it, isolated, its override shown as a visible mark (never raw).
  await expect(alert.locator('bdi').first()).toHaveText('地震[U+202E]で停止');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^復元できる記録だけ復元する/ }).click();
  await expect(page.getByText(/追加: 対応記録 1件.*復元しなかった記録: \d+件/)).toBeVisible();
  await page.goto(app.url('/incidents'));
  await expect(page.getByText('地震')).toHaveCount(0);
});
