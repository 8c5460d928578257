import type { Page } from '@playwright/test';
import { test, expect, alice, bob, joinTeam, otherPhone } from './team';
import { startIncident } from './incident';
import { isolateItem, ransomNoteItem } from './journey-data';

// Team mode: two phones (two browser profiles) on one incident through a CouchDB-compatible
// server under the app's origin.

const item = (page: Page, text: RegExp) =>
  page
    .locator('li.check-item')
    .filter({ has: page.getByText(text) })
    .first();

async function tick(page: Page, text: RegExp) {
  const row = item(page, text);
  await row.getByRole('button', { name: '完了' }).click();
  await expect(row.getByText(/完了（.*）保存済み/)).toBeVisible();
}

async function fill(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
  const status = page.locator('.record-field').filter({ has: field }).getByRole('status');
  await expect(status).toHaveText('✓ 保存済み');
}

const ticked = (page: Page, text: RegExp) =>
  expect(item(page, text).getByRole('button', { name: /完了/ }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
    { timeout: 20_000 },
  );

test('a tick and a field on one phone appear on the other; the server holds only ciphertext', async ({
  page,
  app,
  browser,
  team,
  teamServer,
}) => {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  await page.goto(app.url(`${path}/record`));
  await fill(page, '発生事象', '経理部の山田さんのPCに身代金要求');
  await joinTeam(page, app.url('/settings/team'), team, alice);

  const phoneB = await otherPhone(browser);
  await joinTeam(phoneB, app.url('/settings/team'), team, bob);
  await phoneB.goto(app.url(path));
  await expect(phoneB.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto(app.url(path));
  await tick(page, isolateItem);
  await ticked(phoneB, isolateItem);

  await page.goto(app.url(`${path}/record`));
  await fill(page, 'どこで', '本社2階 経理部');
  await phoneB.goto(app.url(`${path}/record`));
  await expect(phoneB.getByLabel('どこで', { exact: true })).toHaveValue('本社2階 経理部', {
    timeout: 20_000,
  });
  await expect(phoneB.getByLabel('発生事象', { exact: true })).toHaveValue(
    '経理部の山田さんのPCに身代金要求',
  );

  // B's tick comes back to A, and the timeline says from which phone.
  await phoneB.goto(app.url(path));
  await tick(phoneB, ransomNoteItem);
  await page.goto(app.url(path));
  await ticked(page, ransomNoteItem);
  await page.goto(app.url(`${path}/timeline`));
  await expect(page.getByText(`（端末: ${bob.deviceName}）`).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '改ざんされていません' })).toBeVisible();

  // What the server stores: ciphertext and opaque ids, none of the typed text.
  const docs = await teamServer.documents(team.db);
  expect(docs.length).toBeGreaterThan(5);
  const stored = JSON.stringify(docs);
  for (const plain of [
    '山田',
    '経理部',
    '本社2階',
    'ransomware',
    path.split('/')[2]!,
    bob.deviceName,
  ]) {
    expect(stored).not.toContain(plain);
  }
  for (const doc of docs)
    expect(Object.keys(doc).sort()).toEqual(
      ['_conflicts', '_id', '_rev', 'c', 'iv', 'v'].filter((k) => k in doc),
    );
  await phoneB.context().close();
});
