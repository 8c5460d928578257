import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { responder } from './journey-data';

/**
 * Starts an incident through the UI from a /incidents/new… URL (filling the responder name
 * when asked) and returns the new incident's path. `checkedType`: the label of an incident
 * type checkbox that the URL must have ticked.
 */
export async function startIncident(
  page: Page,
  url: string,
  checkedType?: string,
): Promise<string> {
  await page.goto(url);
  if (checkedType) await expect(page.getByRole('checkbox', { name: checkedType })).toBeChecked();
  const start = page.getByRole('button', { name: '対応を開始する' });
  await expect(start).toBeVisible();
  const name = page.getByLabel(responder.label);
  if (await name.isVisible()) await name.fill(responder.name);
  await start.click();
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}
