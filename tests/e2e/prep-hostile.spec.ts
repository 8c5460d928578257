import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startIncident } from './incident';
import { UNSAFE_CLASS } from '../../src/lib/unsafe-text';

// 平時の備え as a careless user and an attacker use it: one person saved alone is reachable from
// the incident page, a markup address is refused, bidi controls never reach the screen, and a
// refused form survives a reload.

const contactForm = (page: Page, role: string) =>
  page.getByRole('form', { name: `${role}の連絡先` });

/** Fills fields of a role's form of 体制と連絡先 (by label) and presses 保存; returns the form. */
async function fillContact(page: Page, role: string, fields: Record<string, string>) {
  const form = contactForm(page, role);
  for (const [label, value] of Object.entries(fields))
    await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: '保存' }).click();
  return form;
}

/** Control and bidi characters found in any text, attribute or form value of the page. */
const rawControls = (page: Page) =>
  page.evaluate((source) => {
    const unsafe = new RegExp(source);
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      const values =
        node instanceof Element
          ? [
              ...Array.from(node.attributes, (a) => a.value),
              ...(node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement
                ? [node.value]
                : []),
            ]
          : [node.nodeValue ?? ''];
      for (const v of values) if (unsafe.test(v)) found.push(v);
    }
    return found;
  }, UNSAFE_CLASS);

test('担当者 saved alone, with a number typed full-width, is called from the incident page', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/prep/contacts'));
  const staff = await fillContact(page, '担当者', {
    氏名: '佐藤 花子',
    電話番号: '０３－１２３４－５６７８',
    メールアドレス: 'sato@example.co.jp',
  });
  await expect(staff.getByRole('status').first()).toHaveText('✓ 保存済み');

  // An address with markup: refused with the message every bad address gets, nothing linked.
  const exec = await fillContact(page, '経営者', {
    氏名: '山田',
    メールアドレス: '"><script>alert(2)</script>@x.jp',
  });
  await expect(
    exec.getByText('⚠ メールアドレスの形を確かめてください（例: name@example.co.jp）。'),
  ).toBeVisible();

  await startIncident(page, app.url('/incidents/new?type=ransomware'), 'ランサムウェア');
  const first = page.getByRole('region', { name: 'まず連絡する人' });
  await expect(first.getByRole('link', { name: /電話する\s*：担当者 佐藤 花子/ })).toHaveAttribute(
    'href',
    'tel:03-1234-5678',
  );
  await expect(first.getByRole('link', { name: /メール\s*：担当者 佐藤 花子/ })).toHaveAttribute(
    'href',
    'mailto:sato@example.co.jp',
  );
  await expect(first.getByText(/連絡先がまだ登録されていません/)).toHaveCount(0);
  await expect(first.getByText(/山田/)).toHaveCount(0);
});

test('bidi controls typed into 業種 and 伝えること never reach the incident page', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/prep/company'));
  await page.getByLabel('事業者名').fill('サンプル\u202E製作所');
  await page.getByLabel('業種').fill('製造業\u202Eexe.txt\u202C');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toHaveText('✓ 保存済み');
  await expect(page.getByLabel('業種')).toHaveValue('製造業exe.txt');

  await page.goto(app.url('/prep/contacts'));
  const exec = await fillContact(page, '経営者', {
    氏名: '山田\u2067太郎\u2069',
    電話番号: '090-1111-2222',
    伝えること: '\u202E被害の状況\u200Fを伝える',
  });
  await expect(exec.getByRole('status').first()).toHaveText('✓ 保存済み');

  const path = await startIncident(page, app.url('/incidents/new?type=leak'));
  const first = page.getByRole('region', { name: 'まず連絡する人' });
  await expect(first).toContainText('伝えること：被害の状況を伝える');
  await expect(first.getByRole('link', { name: /電話する\s*：経営者 山田太郎/ })).toBeVisible();
  expect(await rawControls(page)).toEqual([]);
  await page.goto(app.url(`${path}/record`));
  // The record item 事業者 is filled from 備え, without the override.
  await expect(page.getByLabel('事業者', { exact: true })).toHaveValue(/^サンプル製作所/);
  expect(await rawControls(page)).toEqual([]);
});

test('a refused 備え form survives a reload, asks before leaving, and is forgotten once saved', async ({
  page,
  app,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    // Leaving by a link is refused (the screen stays); a reload goes ahead.
    void (d.type() === 'beforeunload' ? d.accept() : d.dismiss());
  });
  await page.goto(app.url('/prep/contacts'));
  const staff = contactForm(page, '担当者');
  const name = staff.getByLabel('氏名');
  const phone = staff.getByLabel('電話番号', { exact: true });
  await name.click();
  await name.fill('あ'.repeat(10_000));
  await phone.fill('０３－１２３４－abc');
  await staff.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByText(/入力を確かめてください/)).toBeVisible();
  const typed = { name: await name.inputValue(), phone: await phone.inputValue() };
  expect(typed.name.length).toBeGreaterThanOrEqual(500);

  // A link to another screen asks first; refused, nothing moves.
  await page
    .getByRole('navigation', { name: '備えの項目' })
    .getByRole('link', { name: '会社の情報' })
    .click();
  await expect.poll(() => dialogs).toContain('confirm');
  await expect(page).toHaveURL(/\/prep\/contacts$/);

  await page.reload();
  await expect(staff.getByText(/前回保存していなかった入力を戻しました/)).toBeVisible();
  await expect(name).toHaveValue(typed.name);
  await expect(phone).toHaveValue(typed.phone);
  await expect(staff.getByRole('status').first()).toHaveText('未保存の変更があります');
  expect(dialogs).toContain('beforeunload');

  await name.fill('佐藤 花子');
  await phone.fill('03-1234-5678');
  await staff.getByRole('button', { name: '保存' }).click();
  await expect(staff.getByRole('status').first()).toHaveText('✓ 保存済み');
  await expect(staff.getByText(/前回保存していなかった入力/)).toHaveCount(0);

  dialogs.length = 0;
  await page.reload();
  // Stored and nothing kept: the role's form opens on request, with what was saved.
  await page
    .locator('summary')
    .filter({ hasText: /^担当者/ })
    .click();
  await expect(name).toHaveValue('佐藤 花子');
  await expect(staff.getByText(/前回保存していなかった入力/)).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
