import jsQR from 'jsqr';
import { test, expect } from './fixtures';
import { startIncident } from './incident';
import { seriousViolations, smallTargets } from './axe';

// 平時の備え pays off in the first minute: the company's people one tap away, its drafts
// filled in, and a card on the wall that works with the phone off.

const COMPANY = '株式会社サンプル製作所';

test('fill 備え, start an incident: call the 経営者, 第一報 names the company, the card has the numbers and a QR to the app', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/prep/company'));
  await page.getByLabel('事業者名').fill(COMPANY);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toHaveText('✓ 保存済み');

  await page.goto(app.url('/prep/contacts'));
  const exec = page.getByRole('form', { name: '経営者の連絡先' });
  await exec.getByLabel('氏名').fill('山田 太郎');
  await exec.getByLabel('電話番号', { exact: true }).fill('０９０ー１１１１ー２２２２');
  await exec.getByRole('button', { name: '保存' }).click();
  await expect(exec.getByRole('status')).toHaveText('✓ 保存済み');
  await expect(exec.getByLabel('電話番号', { exact: true })).toHaveValue('090-1111-2222');
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);

  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  const first = page.getByRole('region', { name: 'まず連絡する人' });
  const call = first.getByRole('link', { name: /電話する\s*：経営者 山田 太郎/ });
  await expect(call).toHaveAttribute('href', 'tel:090-1111-2222');

  // The record item 事業者 came from 備え, marked as such.
  await page.goto(app.url(`${path}/record`));
  await expect(page.getByLabel('事業者', { exact: true })).toHaveValue(new RegExp(COMPANY));
  await expect(
    page.getByText('平時の備えから入力しました（書き換えられます）').first(),
  ).toBeVisible();

  // The 第一報 names the company.
  await page.goto(app.url(`${path}/share`));
  await page.getByRole('radio', { name: '第一報' }).check();
  const preview = page.getByLabel(/^内容/);
  await expect(preview).toHaveValue(/【第一報】/);
  await expect(preview).toHaveValue(new RegExp(COMPANY));
  expect(await preview.inputValue()).not.toContain('（事業者名を記入してください）');

  // The card: first actions, the call list, public numbers and a QR code drawn on the device.
  await page.goto(app.url('/prep/card'));
  const card = page.getByRole('article', { name: /緊急カード/ });
  await expect(card.getByRole('row', { name: /経営者/ })).toContainText('090-1111-2222');
  await expect(card).toContainText('#9110');
  await expect(card).toContainText('ランサムウェア');
  const qr = card.getByRole('img', { name: /このアプリを開くQRコード/ });
  await expect(qr).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Decode the QR from a screenshot of what is on screen (pixels, not markup).
  const png = (await qr.screenshot()).toString('base64');
  const pixels = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  }, `data:image/png;base64,${png}`);
  const decoded = jsQR(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height);
  expect(decoded?.data).toBe(app.url('/'));

  // On paper: only the card, black on white.
  await page.emulateMedia({ media: 'print' });
  await expect(card).toBeVisible();
  await expect(page.getByRole('button', { name: '印刷する' })).toBeHidden();
  await expect(page.locator('.bottom-nav')).toBeHidden();
  const colours = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.color, s.backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

  // The card-size version carries the same numbers and QR.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: /カードサイズ/ }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(card).toHaveClass(/size-card/);
  await expect(card.getByRole('row', { name: /経営者/ })).toContainText('090-1111-2222');
  await expect(qr).toBeVisible();
});
