import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startIncident } from './incident';

// Nothing typed is lost: a reload right after typing, and the same field in two tabs.

const statusOf = (page: Page, label: string) =>
  page
    .locator('.record-field')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .getByRole('status');

test('text typed just before a reload is there after it, and then saved', async ({ page, app }) => {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  await page.goto(app.url(`${path}/record`));
  const field = page.getByLabel('発生事象', { exact: true });
  await field.click();
  await page.keyboard.type('脅迫文が出た');
  // Still inside the autosave pause: the save has not even started.
  await expect(statusOf(page, '発生事象')).toHaveText('未保存の変更があります');

  const prompts: string[] = [];
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept();
  });
  const typedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.reload();
  const reloadedAt = await page.evaluate(() => performance.timeOrigin);
  expect(reloadedAt - typedAt).toBeLessThan(1000);

  await expect(page.getByLabel('発生事象', { exact: true })).toHaveValue('脅迫文が出た');
  // Saved for real (the flush on leaving, or the draft saved on return): the local draft is
  // gone only once the text is committed, and it is still there after another reload.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('incident-navi:draft:')),
      ),
    )
    .toEqual([]);
  await page.reload();
  await expect(page.getByLabel('発生事象', { exact: true })).toHaveValue('脅迫文が出た');
  // The browser was asked to confirm leaving while the save was pending.
  expect(prompts).toContain('beforeunload');
});

test('the same field in two tabs: the later save says so and the earlier text stays in the timeline', async ({
  page,
  context,
  app,
}) => {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  const other = await context.newPage();
  // This tab misses the other tab's news (as a frozen background tab would).
  await other.addInitScript(() => {
    Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
  });
  await other.goto(app.url(`${path}/record`));
  await expect(other.getByLabel('発生事象', { exact: true })).toHaveValue('');

  await page.goto(app.url(`${path}/record`));
  const mine = page.getByLabel('発生事象', { exact: true });
  await mine.fill('最初のタブの文');
  await mine.blur();
  await expect(statusOf(page, '発生事象')).toHaveText('✓ 保存済み');

  const theirs = other.getByLabel('発生事象', { exact: true });
  await theirs.fill('二つ目のタブの文');
  await theirs.blur();
  await expect(statusOf(other, '発生事象')).toHaveText('✓ 保存済み');
  await expect(other.getByText(/別のタブで先に保存された内容がありました/)).toBeVisible();

  // Both texts are kept: the field holds the later one, the timeline the earlier one.
  await page.goto(app.url(`${path}/timeline`));
  await expect(
    page.locator('.timeline-text', { hasText: '上書き前の内容（別のタブで保存）：最初のタブの文' }),
  ).toBeVisible();
  await page.goto(app.url(`${path}/record`));
  await expect(page.getByLabel('発生事象', { exact: true })).toHaveValue('二つ目のタブの文');
});
