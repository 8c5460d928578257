import { test, expect } from './fixtures';

// Issue 25's journey: a person who reads only English, offline, from home to 切り離し ticked, to
// what must be reported and by when, and a Japanese 第一報 to hand to her manager.

test('English, offline: ransomware → 切り離し ticked → what to report, with the Japanese terms → a Japanese 第一報; kept after a reload', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/'));
  await app.waitForServiceWorker(page);
  await app.stop();
  await page.reload();

  await expect(page.locator('html[data-language="ja"]')).toHaveCount(1);
  await page.getByRole('combobox', { name: '言語 / Language' }).selectOption('en');
  await expect(page.locator('html[lang="en"][data-language="en"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'What happened?' })).toBeVisible();

  await page.getByRole('link', { name: 'Ransomware', exact: true }).click();
  await page.getByRole('link', { name: 'Start the response (keep a record)' }).click();
  const name = page.getByLabel('Your name (recorded as “who” did each step)');
  await expect(page.getByRole('button', { name: 'Start the response' })).toBeVisible();
  if (await name.isVisible()) await name.fill('Maria Santos');
  await page.getByRole('button', { name: 'Start the response' }).click();

  // 切り離し, in English, ticked from the urgent card; its Japanese is one tap away.
  const urgent = page.getByRole('region', { name: 'Do this now' });
  await expect(urgent).toContainText('disconnect');
  await urgent.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(urgent.getByText('Saved', { exact: true })).toBeVisible();
  await urgent.getByRole('button', { name: /原文/ }).first().click();
  await expect(urgent).toContainText('ネットワークから切り離します');

  // What must be reported, by when: English, with the Japanese term to say on the phone.
  await page.getByRole('link', { name: 'Reports and notifications (報告・届出)' }).first().click();
  const main = page.locator('#main');
  await expect(main).toContainText(
    'Personal Information Protection Commission (個人情報保護委員会)',
  );
  await expect(main).toContainText('prompt report (速報)');

  // The 第一報 stays Japanese, and the page says why, in English.
  await page.getByRole('link', { name: 'Share and export' }).first().click();
  await page
    .getByRole('radio', { name: /第一報/ })
    .first()
    .check();
  await expect(main).toContainText('This draft stays in Japanese');
  const text = page.getByLabel(/^Text \(you can edit it/);
  await expect(text).toHaveValue(/第一報|お知らせ|ご報告/);
  expect(await text.inputValue()).not.toMatch(/\b(the|report|incident)\b/i);

  // The choice is kept on the device: still English after a reload, offline.
  await page.reload();
  await expect(page.locator('html[lang="en"][data-language="en"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Share and export' })).toBeVisible();
});
