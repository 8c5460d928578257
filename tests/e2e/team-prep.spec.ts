import type { Page } from '@playwright/test';
import { test, expect, alice, bob, joinTeam, otherPhone } from './team';
import { clipping, seriousViolations, smallTargets } from './axe';

// Team mode and 平時の備え: a 備え value another phone's later change replaced is kept and shown.

const TITLE = '別の端末の変更で置き換わった内容';

async function saveCompany(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByLabel('事業者名').fill(name);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toHaveText('✓ 保存済み');
}

test('both phones change 会社の情報 offline: the earlier one is replaced, kept and shown until checked', async ({
  page,
  app,
  browser,
  team,
  teamServer,
}) => {
  await joinTeam(page, app.url('/settings/team'), team, alice);
  const phoneB = await otherPhone(browser);
  await joinTeam(phoneB, app.url('/settings/team'), team, bob);

  app.server.setTeamServer(null);
  await saveCompany(page, app.url('/prep/company'), 'A商事');
  await saveCompany(phoneB, app.url('/prep/company'), 'B商事');
  app.server.setTeamServer(teamServer.url);

  // Phone A takes B's later name and keeps its own under the form's label.
  const section = page.getByRole('region', { name: TITLE });
  // An untouched form takes what arrives while it is open: wait on the open page (a reload
  // would restart the sync each time, and under load could keep it from ever finishing).
  await page.goto(app.url('/prep/company'));
  await expect(page.getByLabel('事業者名')).toHaveValue('B商事', { timeout: 30_000 });
  await page.goto(app.url('/prep'));
  await expect(section.getByText('事業者名: A商事')).toBeVisible({ timeout: 10_000 });
  await expect(section.getByText(/別の端末（.+）の変更で置き換わりました/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await clipping(page)).toEqual([]);

  await section.getByRole('button', { name: /確認済みにする/ }).click();
  await expect(section).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/備えの点検: \d+項目のうち/)).toBeVisible();
  await expect(section).toHaveCount(0);

  // Phone B's own value was the later one: nothing of it was replaced.
  await phoneB.goto(app.url('/prep'));
  await expect(phoneB.getByText(/備えの点検: \d+項目のうち/)).toBeVisible();
  await expect(phoneB.getByRole('region', { name: TITLE })).toHaveCount(0);
  await phoneB.context().close();
});
