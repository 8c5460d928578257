import { test, expect } from './fixtures';
import { clipping, seriousViolations, smallTargets } from './axe';

test('a short accelerated drill runs offline to its debrief, and stays off home', async ({
  page,
  app,
}) => {
  await page.clock.install();
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  await app.stop();

  await page.goto(app.url('/drills'));
  await expect(page.getByRole('heading', { level: 1, name: '訓練' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  const card = page.getByRole('region', { name: /メール誤送信/ });
  await card.getByRole('button', { name: 'この訓練を始める' }).click();
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}\/drill$/);
  await expect(page.getByRole('note')).toContainText('訓練');
  const log = page.getByRole('list', { name: '届いた情報' });
  await expect(log.getByRole('listitem')).toHaveCount(1);

  // The facilitator's large-text screen follows the clock too (checked by axe below).
  await page.getByRole('button', { name: '進行役の画面（大きな文字）' }).click();
  const read = page.getByRole('region', { name: '読み上げる情報' });
  await expect(read).toContainText('T+0分');
  await page.getByRole('button', { name: '10倍速' }).click();
  // Two real minutes at ×10 are the whole 20-minute drill.
  await page.clock.fastForward('02:01');
  await expect(log.getByRole('listitem')).toHaveCount(5);
  await expect(read).toContainText('これで最後の情報です。');
  const debrief = page.getByRole('region', { name: 'ふりかえり' });
  await expect(debrief.getByRole('region', { name: 'かかった時間（発覚から）' })).toContainText(
    '経営者への報告まだです（目安 10分・超過）',
  );
  await expect(debrief.getByRole('heading', { name: 'チェックされなかった手順' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  const textSize = (size: string) =>
    page.evaluate((s) => {
      document.documentElement.style.fontSize = s;
    }, size);
  await textSize('200%');
  expect(await clipping(page), 'drill page at 200%').toEqual([]);
  await textSize('');

  // The debrief is kept: it opens on its own page, prints without the app's controls.
  await expect(page.getByRole('status').filter({ hasText: 'ふりかえり' })).toHaveText(
    '✓ ふりかえりを保存しました',
  );
  await page.getByRole('link', { name: '保存したふりかえり（印刷・比較）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^訓練のふりかえり：.*メール誤送信/,
  );
  const kept = page.getByRole('region', { name: 'ふりかえり' });
  await expect(kept.getByRole('region', { name: 'かかった時間（発覚から）' })).toContainText(
    '経営者への報告まだです（目安 10分・超過）',
  );
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  await textSize('200%');
  expect(await clipping(page), 'kept debrief at 200%').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'このふりかえりを削除…' })).toBeHidden();
  await expect(page.locator('.bottom-nav')).toBeHidden();
  await expect(kept).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // And listed among the past drills, after a reload, still offline.
  await page.goto(app.url('/drills'));
  const past = page.getByRole('list', { name: 'これまでの訓練' });
  await expect(past.getByRole('listitem')).toHaveCount(1);
  await expect(past.getByRole('listitem')).toContainText('メール誤送信');
  await expect(past.getByRole('listitem')).toContainText('経営者への報告 まだ');
  expect(await seriousViolations(page)).toEqual([]);
  await textSize('200%');
  expect(await clipping(page), 'past drills at 200%').toEqual([]);
  await textSize('');

  // Deleted from its page, the debrief stays gone after a reload; its drill is in the trash.
  await past.getByRole('link').click();
  await page.getByRole('button', { name: 'このふりかえりを削除…' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('alertdialog').getByRole('button', { name: '削除する' }).click();
  await expect(page.getByRole('status')).toHaveText('ふりかえりを削除しました。');
  await page.goto(app.url('/drills'));
  await expect(page.getByText(/まだありません/)).toBeVisible();
  await expect(past).toHaveCount(0);
  await page.goto(app.url('/settings'));
  await expect(page.locator('.trash-row')).toHaveCount(1);
  await expect(page.locator('.trash-row')).toContainText('メール誤送信');

  // Home shows no drill among the incidents in progress.
  await page.goto(app.url('/'));
  await expect(page.getByRole('heading', { level: 1, name: /何が起きましたか/ })).toBeVisible();
  await expect(page.getByText(/訓練：/)).toHaveCount(0);
});
