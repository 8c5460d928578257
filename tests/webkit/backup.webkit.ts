import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { backupPassphrase, hostileEvent } from '../e2e/journey-data';
import { useWebKit } from './fixture';
import { recordSavedFiles, savedFiles } from './files';
import { fillRecord, openIncident, startIncident } from './incident';
import type { WebKitPage } from './page';

// Backup and restore in WebKit: a backup made in one browser comes back, whole, in a new
// browser with an empty profile (a new phone), plain and encrypted (PBKDF2 + AES-GCM).

const wk = useWebKit();
const folder = mkdtemp(join(tmpdir(), 'navi-webkit-backup-'));
afterAll(async () => rm(await folder, { recursive: true, force: true }));

/** Makes a backup of one incident through the backup page; returns its path and the file. */
async function backUp(page: WebKitPage, passphrase?: string) {
  const path = await startIncident(page);
  await page.click({ role: 'link', name: '整理しておく事項' });
  await fillRecord(page, '発生事象', hostileEvent);
  await page.goto('/backup');
  await page.find({ role: 'button', name: 'ファイルに保存' });
  await recordSavedFiles(page);
  if (passphrase) {
    await page.click({ role: 'checkbox', name: 'パスフレーズで暗号化する（おすすめ）' });
    await page.fill({ label: /^パスフレーズ（8文字/ }, passphrase);
    await page.fill({ label: 'パスフレーズ（確認）' }, passphrase);
  }
  await page.click({ role: 'button', name: 'ファイルに保存' });
  await page.find({ css: '[role=status]', hasText: /保存しました/ }, 30_000);
  const [file] = await savedFiles(page);
  expect(file?.name).toMatch(/\.json$/);
  const local = join(await folder, `${passphrase ? 'encrypted' : 'plain'}-${file!.name}`);
  await writeFile(local, file!.text);
  return { path, text: file!.text, local };
}

/** In a new browser on the same origin: the record is not there; restore brings it back. */
async function restoreInNewBrowser(path: string, local: string, passphrase?: string) {
  const page = await wk.freshBrowser();
  await page.goto(path);
  await page.find({ text: /見つかりませんでした|ありません/ });

  await page.goto('/backup');
  const input = await page.find({ label: 'バックアップファイルを選ぶ' });
  await input.sendKeys(local);
  if (passphrase) {
    await page.fill({ label: 'パスフレーズ' }, passphrase);
    await page.click({ role: 'button', name: 'ファイルを開く' });
  }
  await page.click({ role: 'button', name: 'この端末に復元する' }, 30_000);
  await page.find({ text: /復元しました。追加: 対応記録 1件/ });

  await page.goto(`${path}/record`);
  await page.hasValue({ label: '発生事象' }, hostileEvent);
  await openIncident(page, path);
}

it('a plain backup restores everything in a new browser', async () => {
  const { path, text, local } = await backUp(wk.page);
  expect(text).toContain('身代金');
  await restoreInNewBrowser(path, local);
});

it('an encrypted backup restores everything in a new browser with the passphrase', async () => {
  const { path, text, local } = await backUp(wk.page, backupPassphrase);
  expect(JSON.parse(text)).toMatchObject({ format: 'incident-navi-backup-encrypted' });
  expect(text).not.toContain('身代金');
  await restoreInNewBrowser(path, local, backupPassphrase);
});
