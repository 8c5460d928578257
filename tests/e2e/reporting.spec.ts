import { test, expect } from './fixtures';
import { dueDate, formatJaDate } from '../../src/features/reporting/dates';
import { startIncident } from './incident';

// A device outside Japan: due dates must still be Japan-time dates.
test.use({ timezoneId: 'America/Los_Angeles' });

test('answer the questionnaire, mark the 確報 対応済み, and keep it after a reload', async ({
  page,
  app,
}) => {
  // The form proposes "now" (to the minute) as 発覚日時: the same Japan date as this instant.
  const discoveredAt = new Date().toISOString();
  const path = await startIncident(page, app.url('/incidents/new?type=leak'));
  await page.goto(app.url(`${path}/reporting`));

  const answer = async (question: RegExp, choice: string) => {
    await page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: choice, exact: true })
      .check();
    await expect(page.getByText('✓ 保存済み').first()).toBeVisible();
  };
  await answer(/個人情報は含まれますか/, 'はい');
  await answer(/何人分/, '1,001人以上');
  await answer(/高度な暗号化/, 'いいえ');

  const card = page.getByRole('article', { name: '個人情報保護委員会への報告（速報・確報）' });
  const due = formatJaDate(dueDate(discoveredAt, 30));
  await expect(card.getByText(`${due}まで`)).toBeVisible();
  await expect(card.getByText('あと 29 日')).toBeVisible();
  await expect(card.getByText('法令上の期限', { exact: true }).first()).toBeVisible();

  // Each deadline has its own status: the 確報 done, the 速報 stays open.
  await card.getByRole('button', { name: '「確報」を対応済みにする…' }).click();
  await card.getByLabel('メモ（確報）').fill('確報をWebフォームで送信');
  await card.getByRole('button', { name: '「確報」を対応済みにする' }).click();
  await expect(card.getByText('✓ 保存済み')).toBeVisible();
  await page.getByRole('button', { name: 'この判断を対応経過に記録' }).click();
  await expect(page.getByText('✓ 対応経過に記録しました')).toBeVisible();
  await expect(page.getByRole('button', { name: 'この判断を対応経過に記録' })).toBeDisabled();

  await page.reload();
  const again = page.getByRole('article', { name: '個人情報保護委員会への報告（速報・確報）' });
  await expect(again.getByText(/✓ 対応済み/)).toBeVisible();
  await expect(again.getByText('一部対応済み（確報）')).toBeVisible();
  await expect(again.getByRole('button', { name: '「速報」を対応済みにする…' })).toBeVisible();
  await expect(again.getByText('メモ：確報をWebフォームで送信')).toBeVisible();
  await expect(
    page.getByRole('group', { name: /何人分/ }).getByRole('radio', { name: '1,001人以上' }),
  ).toBeChecked();
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the result and the nearest deadline come before any question, without scrolling', async ({
    page,
    app,
  }) => {
    const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
    await page.goto(app.url(`${path}/reporting`));
    const personal = page.getByRole('group', { name: /個人情報は含まれますか/ });
    await personal.getByRole('radio', { name: 'はい', exact: true }).check();
    await expect(page.getByText('✓ 保存済み').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));

    const result = page.getByRole('region', { name: '結果' });
    // Ransomware with personal data: the PPC report is owed (第3号), 速報 date on top.
    const owed = result.getByRole('link', { name: '個人情報保護委員会への報告（速報・確報）' });
    await expect(owed).toBeInViewport();
    await expect(result.locator('.reporting-nearest')).toContainText(/速報.*あと \d+ 日/);
    const resultBox = await result.boundingBox();
    const questionBox = await personal.boundingBox();
    expect(resultBox && questionBox && resultBox.y < questionBox.y).toBe(true);
    // One tap from the result to the questions.
    await result.getByRole('link', { name: /質問に答える（未回答 \d+ 問）/ }).click();
    await expect(page.getByRole('heading', { name: /^質問/ })).toBeInViewport();
    // 「種類から入力」: what ransomware implies is filled in, so its group is folded as answered.
    const others = page.locator('details.reporting-group', { hasText: 'ほかの原因' });
    await expect(others).not.toHaveAttribute('open');
    await others.locator('summary').click();
    const malware = page.getByRole('group', { name: /ウイルス/ });
    await expect(malware.getByText('種類から入力')).toHaveCount(1);
  });
});
