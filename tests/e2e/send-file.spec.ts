import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { startIncident } from './incident';
import { isolateItem } from './journey-data';

// Without any network: one incident goes to another phone as an encrypted file, and opening it
// there merges it like a restore; each phone's timeline chain is verified on its own.

const PASS = '港の青い灯台 2026';

test('one incident sent as an encrypted file merges into another phone with its own records', async ({
  page,
  app,
  browser,
}) => {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  const row = page
    .locator('li.check-item')
    .filter({ has: page.getByText(isolateItem) })
    .first();
  await row.getByRole('button', { name: '完了' }).click();
  await expect(row.getByText(/完了（.*）保存済み/)).toBeVisible();
  // A second incident stays on this phone.
  await startIncident(page, app.url('/incidents/new?type=virus'), 'ウイルス感染');

  await page.goto(app.url(`${path}/share`));
  const send = page.getByRole('region', { name: '別の端末へ送る（ネットワークなしで）' });
  await send.getByLabel(/^パスフレーズ（8文字/).fill(PASS);
  await send.getByLabel('パスフレーズ（確認）').fill('違う');
  await send.getByRole('button', { name: '暗号化ファイルを保存' }).click();
  await expect(send.getByRole('status')).toHaveText('確認のパスフレーズが一致しません。');
  await send.getByLabel('パスフレーズ（確認）').fill(PASS);
  const downloading = page.waitForEvent('download');
  await send.getByRole('button', { name: '暗号化ファイルを保存' }).click();
  const file = (await (await downloading).path())!;
  const text = await readFile(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'incident-navi-backup-encrypted' });
  expect(text).not.toContain('ランサムウェア');

  // Phone B has an incident of its own, then opens the file.
  const phoneB = await browser.newContext();
  const pageB = await phoneB.newPage();
  try {
    await startIncident(pageB, app.url('/incidents/new?type=outage'), 'システム停止');
    await pageB.goto(app.url('/backup'));
    await pageB.getByLabel('バックアップファイルを選ぶ').setInputFiles(file);
    await pageB.getByLabel('パスフレーズ', { exact: true }).fill('まちがった合言葉です');
    await pageB.getByRole('button', { name: 'ファイルを開く' }).click();
    await expect(pageB.getByText(/パスフレーズが違うか/)).toBeVisible();
    await pageB.getByLabel('パスフレーズ', { exact: true }).fill(PASS);
    await pageB.getByRole('button', { name: 'ファイルを開く' }).click();
    await pageB.getByRole('button', { name: 'この端末に復元する' }).click();
    await expect(pageB.getByText(/復元しました。追加: 対応記録 1件/)).toBeVisible();

    await pageB.goto(app.url('/incidents'));
    await expect(pageB.getByRole('link', { name: /ランサムウェア/ })).toBeVisible();
    await expect(pageB.getByRole('link', { name: /システム停止/ })).toBeVisible();
    await expect(pageB.getByRole('link', { name: /ウイルス/ })).toHaveCount(0);
    await pageB.goto(app.url(path));
    await expect(
      pageB
        .locator('li.check-item')
        .filter({ has: pageB.getByText(isolateItem) })
        .first()
        .getByRole('button', { name: /完了/ })
        .first(),
    ).toHaveAttribute('aria-pressed', 'true');
    // B adds to the received incident: its entry chains on B's chain, A's entries on A's.
    await pageB.goto(app.url(`${path}/timeline`));
    await expect(pageB.getByText(/（端末: .*の端末）/).first()).toBeVisible();
    await pageB.getByLabel('できごとを記録').fill('B の端末で追記');
    await pageB.getByRole('button', { name: '記録する' }).click();
    await expect(pageB.getByText('B の端末で追記', { exact: true })).toBeVisible();
    await expect(
      pageB.getByRole('status').filter({ hasText: '改ざんされていません' }),
    ).toBeVisible();
  } finally {
    await phoneB.close();
  }
});
