import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startIncident } from './incident';
import { seriousViolations, smallTargets } from './axe';
import { backupPassphrase, hostileEvent } from './journey-data';

// Sharing a summary from an incident, its print view, and a full backup that comes back
// after the site data is cleared (as on a new phone).

const EVENT = hostileEvent;

async function startWithEvent(page: Page, url: string): Promise<string> {
  const path = await startIncident(page, url, 'ランサムウェア感染');
  await page.getByRole('link', { name: '整理しておく事項' }).click();
  const field = page.getByLabel('発生事象', { exact: true });
  await field.fill(EVENT);
  await field.blur();
  await expect(page.locator('.record-field').filter({ has: field }).getByRole('status')).toHaveText(
    '✓ 保存済み',
  );
  await page.goto(page.url().replace(/\/record$/, ''));
  // A deep link: the incident's page is rendered once the app has started.
  await expect(page.getByRole('link', { name: '整理しておく事項' })).toBeVisible();
  return path;
}

test('two taps from the incident: share falls back to copy + a file that matches the record; print shows only the document', async ({
  page,
  context,
  app,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url() });
  await startWithEvent(page, app.url('/incidents/new?type=ransomware'));

  await page.getByRole('link', { name: '共有・出力' }).click(); // tap 1
  const preview = page.getByLabel(/^内容/);
  await expect(preview).toHaveValue(/【インシデント概要】/);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '共有', exact: true }).click(); // tap 2
  const download = await downloading;
  await expect(page.getByRole('status')).toContainText('コピーしました。ファイルにも保存しました');

  const file = await readFile((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toMatch(/^概要_.*\.txt$/);
  expect(file).toBe(await preview.inputValue());
  expect(file).toContain(`発生事象: ${EVENT}`);
  expect(file).toContain('種類: ランサムウェア');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file);

  // The print view: the chosen document alone, without navigation or buttons.
  await page.getByRole('radio', { name: '概要（全文）' }).check();
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.print-document');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('【インシデント概要】');
  await expect(printed).toContainText(EVENT);
  await expect(printed).toContainText('■ チェックリストの進み具合');
  await expect(page.locator('.bottom-nav')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();
});

test('an encrypted backup restores everything after the site data is cleared', async ({
  page,
  context,
  app,
}) => {
  const path = await startWithEvent(page, app.url('/incidents/new?type=ransomware'));
  const title = await page.locator('h1').first().innerText();

  await page.goto(app.url('/backup'));
  await page.getByLabel('パスフレーズで暗号化する（おすすめ）').check();
  await page.getByLabel(/^パスフレーズ（8文字/).fill(backupPassphrase);
  await page.getByLabel('パスフレーズ（確認）').fill(backupPassphrase);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ファイルに保存' }).click();
  const download = await downloading;
  await expect(page.getByRole('status').first()).toContainText('保存しました');
  const backupPath = (await download.path())!;
  const backupText = await readFile(backupPath, 'utf8');
  expect(JSON.parse(backupText)).toMatchObject({ format: 'incident-navi-backup-encrypted' });
  expect(backupText).not.toContain('身代金');

  // Clear the site data: IndexedDB, caches, service worker, everything.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: app.url('').replace(/\/$/, ''),
    storageTypes: 'all',
  });
  await page.goto(app.url(path));
  await expect(page.getByText(/見つかりませんでした|ありません/).first()).toBeVisible();

  await page.goto(app.url('/backup'));
  await page.getByLabel('バックアップファイルを選ぶ').setInputFiles(backupPath);
  await page.getByLabel('パスフレーズ', { exact: true }).fill(backupPassphrase);
  await page.getByRole('button', { name: 'ファイルを開く' }).click();
  await page.getByRole('button', { name: 'この端末に復元する' }).click();
  await expect(page.getByText(/復元しました。追加: 対応記録 1件/)).toBeVisible();

  await page.goto(app.url(`${path}/record`));
  await expect(page.getByLabel('発生事象', { exact: true })).toHaveValue(EVENT);
  await page.goto(app.url(path));
  await expect(page.locator('h1').first()).toHaveText(title);
});
