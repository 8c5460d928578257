import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, alice, bob, joinTeam, otherPhone } from './team';
import { startIncident } from './incident';

// Team mode and evidence: a photo kept on phone A reaches phone B byte for byte, with the same
// SHA-256; a file over the limit shares only its record; the server sees only ciphertext.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Opens the evidence page and waits until the evidence with this SHA-256 arrives on it. */
async function waitForEvidence(page: Page, url: string, sha: string) {
  // The page stays open (a reload would restart the sync): what arrives shows by itself.
  await page.goto(url);
  await expect(page.locator('code.sha256', { hasText: sha })).toBeVisible({ timeout: 30_000 });
}

test('a photo attached on phone A appears on phone B with the same SHA-256; the server holds no plain bytes', async ({
  page,
  app,
  browser,
  team,
  teamServer,
}) => {
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  await joinTeam(page, app.url('/settings/team'), team, alice);
  await page.goto(app.url(`${path}/evidence`));
  const photo = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('PLAIN-MARKER-ransom-note'),
    randomBytes(100_000),
  ]);
  const sha = sha256(photo);
  await page.getByLabel('写真を撮って保存').setInputFiles({
    name: 'ransom-note.png',
    mimeType: 'image/png',
    buffer: photo,
  });
  await expect(
    page.getByRole('status').filter({ hasText: '保存済み: ransom-note.png' }),
  ).toBeVisible();
  // Over the limit (5 MiB): only its record is shared.
  const large = randomBytes(5 * 1024 * 1024 + 10);
  const largeSha = sha256(large);
  await page.getByLabel('ファイルを選んで保存').setInputFiles({
    name: 'disk-image.bin',
    mimeType: 'application/octet-stream',
    buffer: large,
  });
  await expect(
    page.getByRole('status').filter({ hasText: '保存済み: disk-image.bin' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '同期済み' })).toBeVisible({
    timeout: 30_000,
  });

  const phoneB = await otherPhone(browser);
  await joinTeam(phoneB, app.url('/settings/team'), team, bob);
  const evidenceUrl = app.url(`${path}/evidence`);
  await waitForEvidence(phoneB, evidenceUrl, sha);
  await waitForEvidence(phoneB, evidenceUrl, largeSha);
  await expect(phoneB.getByRole('heading', { name: /証拠一覧（2件/ })).toBeVisible();

  // The original comes out of phone B byte for byte.
  const [download] = await Promise.all([
    phoneB.waitForEvent('download'),
    phoneB.getByRole('button', { name: /元のファイルを保存.*ransom-note\.png/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ransom-note.png');
  expect(sha256(await readFile(await download.path()))).toBe(sha);

  // The large file stayed on phone A, and phone B says so.
  const elsewhere = `元のファイルは別の端末（${alice.deviceName}）にあります。`;
  await expect(phoneB.getByText(elsewhere)).toBeVisible();
  await phoneB.getByRole('button', { name: /元のファイルを保存.*disk-image\.bin/ }).click();
  await expect(phoneB.getByRole('alert').filter({ hasText: elsewhere })).toBeVisible();

  // What the server stores: the bytes only encrypted, in one document of the two.
  const docs = await teamServer.documents(team.db);
  const stored = JSON.stringify(docs);
  expect(stored).not.toContain('PLAIN-MARKER');
  expect(stored).not.toContain(photo.toString('base64').slice(600, 700));
  expect(stored).not.toContain('ransom-note');
  expect(stored).not.toContain(sha);
  expect(docs.filter((d) => 'f' in d)).toHaveLength(1);
  for (const doc of docs)
    expect(Object.keys(doc).sort()).toEqual(
      ['_conflicts', '_id', '_rev', 'c', 'f', 'iv', 'v'].filter((k) => k in doc),
    );
  await phoneB.context().close();
});
