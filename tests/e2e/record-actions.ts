import type { Page } from '@playwright/test';
import { expect } from './fixtures';

// What a person does on an incident's pages, waiting for the saved mark each time.

/** The checklist item (li) whose text matches. */
export const item = (page: Page, text: RegExp) =>
  page
    .locator('li.check-item')
    .filter({ has: page.getByText(text) })
    .first();

/** Taps 完了 on a checklist item and waits until it says 保存済み. */
export async function tick(page: Page, text: RegExp) {
  const row = item(page, text);
  await row.getByRole('button', { name: '完了' }).click();
  await expect(row.getByText(/完了（.*）保存済み/)).toBeVisible();
}

/** Fills a record field, leaves it, and waits until it says 保存済み. */
export async function fill(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
  const status = page.locator('.record-field').filter({ has: field }).getByRole('status');
  await expect(status).toHaveText('✓ 保存済み');
}
