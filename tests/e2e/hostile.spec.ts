import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hostileStrings, trapScript } from './hostile';

// Hostile strings typed into every text field, then viewed, listed, searched, exported
// and printed: nothing executes, nothing breaks the layout, exports escape what they need.

test.describe.configure({ timeout: 180_000 });

const pick = (i: number) => hostileStrings[i % hostileStrings.length]!;

async function assertSafe(page: Page, where: string) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: number; __cspViolations: string[] };
    return {
      pwned: w.__pwned ?? null,
      violations: w.__cspViolations,
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      injected: document.querySelectorAll('main script, main img[src="x"], main svg[onload]')
        .length,
    };
  });
  expect(state, where).toEqual({ pwned: null, violations: [], sideways: false, injected: 0 });
}

test('hostile text everywhere: nothing executes, layout holds, exports escape', async ({
  page,
  app,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(trapScript);

  // Start an incident whose title and responder name are hostile.
  await page.goto(app.url('/incidents/new?type=leak&cause=misdelivery'));
  await page.getByLabel('件名').fill(`${pick(0)} ${pick(7)}`);
  const name = page.getByLabel('あなたのお名前（記録の「誰が」に使います）');
  if (await name.isVisible()) await name.fill(pick(1));
  await page.getByRole('button', { name: '対応を開始する' }).click();
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await assertSafe(page, 'incident page');

  // A checklist item's note.
  const row = page.locator('li.check-item').first();
  await row.getByRole('button', { name: '完了' }).click();
  await expect(row.getByText(/保存済み/)).toBeVisible();
  await row.getByText('時刻・メモを変更').click();
  await row.getByLabel('メモ').fill(pick(5));
  await row.getByRole('button', { name: '保存' }).click();
  await expect(row.getByText(`メモ: ${pick(5)}`)).toBeVisible();
  await assertSafe(page, 'checklist note');

  // A reporting destination's memo.
  await page.goto(app.url(`${path}/reporting`));
  const personal = page.getByRole('group', { name: /個人情報は含まれますか/ });
  await personal.getByRole('radio', { name: 'はい' }).check();
  // Each status form waits behind its 「…を対応済みにする…」 button.
  await page
    .getByRole('button', { name: /を対応済みにする…$/ })
    .first()
    .click();
  const memo = page.getByLabel(/^メモ（/).first();
  await memo.fill(pick(4));
  await page
    .getByRole('button', { name: /を対応済みにする/ })
    .first()
    .click();
  await expect(page.getByText(/✓ 対応済み/).first()).toBeVisible();
  await assertSafe(page, 'reporting');

  // Every field of the record.
  await page.goto(app.url(`${path}/record`));
  const fields = page.locator('.record-field textarea');
  await expect(fields.first()).toBeVisible();
  const count = await fields.count();
  expect(count).toBeGreaterThanOrEqual(13);
  for (let i = 0; i < count; i++) {
    await fields.nth(i).fill(pick(i));
    await fields.nth(i).blur();
  }
  await expect(page.getByText('✓ 保存済み')).toHaveCount(count);
  await assertSafe(page, 'record page');

  // A free timeline entry.
  await page.goto(app.url(`${path}/timeline`));
  await page.getByLabel('できごとを記録').fill(pick(2));
  await page.getByRole('button', { name: '記録する' }).click();
  await expect(page.getByText(pick(2), { exact: false }).first()).toBeVisible();
  await assertSafe(page, 'timeline');

  // Viewed again after a reload, listed, searched.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await assertSafe(page, 'timeline after reload');
  await page.goto(app.url('/incidents'));
  await expect(page.locator('.incident-row').first()).toBeVisible();
  await assertSafe(page, 'incident list');
  await page.goto(app.url('/search'));
  for (const s of hostileStrings.slice(0, 6)) {
    await page.getByLabel('調べたい言葉').fill(s);
    // Settled: the page has taken the words (into its address) and says what it found.
    await page.waitForURL((url) => url.searchParams.get('q') === s);
    await expect(page.locator('.search-status')).toHaveText(
      /件見つかりました。|は見つかりませんでした。/,
    );
    await assertSafe(page, `search ${s}`);
  }

  // Exported in every format; Markdown escapes what would become HTML or links.
  await page.goto(app.url(`${path}/share`));
  const text = page.getByLabel(/内容（送る前に書き直せます/);
  for (const kind of [
    '概要（短い）',
    '概要（全文）',
    '第一報',
    '第二報・最終報',
    '個人情報保護委員会向け',
    '引継ぎ',
  ]) {
    await page.getByRole('radio', { name: kind }).check();
    await expect(text).not.toHaveValue('');
    await assertSafe(page, `share ${kind}`);
  }
  await page.getByRole('radio', { name: 'Markdown' }).check();
  await expect(text).toHaveValue(/&lt;script&gt;/);
  const markdown = await text.inputValue();
  expect(markdown).not.toContain('<script>');
  // A link needs an unescaped `](`; the escaped form `\](` stays plain text.
  expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
  expect(markdown).toContain('\\[クリック\\](javascript:');
  expect(markdown).not.toMatch(/[\u202a-\u202e]/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ファイルに保存' }).click();
  const file = await readFile((await (await download).path())!, 'utf8');
  expect(file).toBe(markdown);

  // Printed.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-document')).toBeVisible();
  await assertSafe(page, 'print view');

  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});
