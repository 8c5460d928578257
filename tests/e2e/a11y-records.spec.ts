import { test, expect } from './fixtures';
import { startIncident } from './incident';
import { clipping, seriousViolations, smallTargets } from './axe';

// The pages that show stored data (not in routes.ts, which lists pages without data):
// axe in light and dark, touch targets, 200% text, and the delete confirmation.

const parts = ['', '/record', '/timeline', '/evidence', '/reporting', '/share'];

for (const scheme of ['light', 'dark'] as const) {
  test(`incident pages pass axe, targets and 200% text (${scheme})`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
    // Some state on screen: a ticked item, an answered question, a timeline entry.
    await page.locator('li.check-item').first().getByRole('button', { name: '完了' }).click();
    await expect(page.getByText(/保存済み/).first()).toBeVisible();

    for (const part of [...parts.map((p) => `${path}${p}`), '/incidents', '/settings']) {
      await page.goto(app.url(part));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      if (part.endsWith('/reporting')) {
        // Open the collapsed group and every status form, so they are checked too.
        await page.getByText(/答えると絞り込めます/).click();
        await page.getByText('答えると決まります').click();
        const openers = page.getByRole('button', { name: /を対応済みにする…$/ });
        while ((await openers.count()) > 0) await openers.first().click();
      }
      expect(await seriousViolations(page), part).toEqual([]);
      expect(await smallTargets(page), part).toEqual([]);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      expect(await clipping(page), `${part} at 200%`).toEqual([]);
    }

    // The delete confirmation: axe on the open question; focus on the safe choice.
    await page.goto(app.url(path));
    await page.getByText('件名・分類・発覚日時を変更').click();
    await page.getByRole('button', { name: 'この対応記録を削除…' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expect(page.getByRole('button', { name: 'やめる' })).toBeFocused();
    expect(await seriousViolations(page), 'delete confirmation').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'この対応記録を削除…' })).toBeFocused();
  });
}

test('keyboard only: start an incident and tick an item', async ({ page, app }) => {
  await page.goto(app.url('/incidents/new?type=virus'));
  const name = page.getByLabel('あなたのお名前（記録の「誰が」に使います）');
  await expect(page.getByRole('heading', { level: 1, name: '対応を開始' })).toBeVisible();
  if (await name.isVisible()) {
    await name.focus();
    await page.keyboard.type('山田');
  }
  const start = page.getByRole('button', { name: '対応を開始する' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/);
  const done = page.locator('li.check-item').first().getByRole('button', { name: '完了' });
  await done.focus();
  const outline = await done.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(
    page
      .locator('li.check-item')
      .first()
      .getByText(/保存済み/),
  ).toBeVisible();
});
