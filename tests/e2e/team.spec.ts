import type { Browser, Page } from '@playwright/test';
import type { App } from './fixtures';
import { test, expect, alice, bob, carol, joinTeam, otherPhone, fillTeam, type Team } from './team';
import { clipping, seriousViolations, smallTargets } from './axe';
import { startIncident } from './incident';
import { isolateItem, ransomNoteItem } from './journey-data';
import { fill, item, tick } from './record-actions';

// Team mode: two phones (two browser profiles) on one incident through a CouchDB-compatible
// server under the app's origin.

/** Phone A starts an incident and joins the team; returns the incident's path. */
async function startAndJoin(page: Page, app: App, team: Team) {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  await joinTeam(page, app.url('/settings/team'), team, alice);
  return path;
}

/** Phone A starts an incident and joins the team, then phone B joins: both 同期済み. */
async function twoPhones(page: Page, app: App, browser: Browser, team: Team) {
  const path = await startAndJoin(page, app, team);
  const phoneB = await otherPhone(browser);
  await joinTeam(phoneB, app.url('/settings/team'), team, bob);
  return { path, phoneB };
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

test('both phones edit while the server is unreachable: after reconnecting both are kept, the conflict is shown', async ({
  page,
  app,
  browser,
  team,
  teamServer,
}) => {
  const { path, phoneB } = await twoPhones(page, app, browser, team);
  await phoneB.goto(app.url(`${path}/record`));
  await expect(phoneB.getByLabel('どこで', { exact: true })).toBeVisible({ timeout: 20_000 });
  await page.goto(app.url(`${path}/record`));

  app.server.setTeamServer(null);
  await fill(page, 'どこで', 'A が書いた場所');
  await expect(
    page.getByRole('status').filter({ hasText: /未送信 \d+ 件|オフライン/ }),
  ).toBeVisible({
    timeout: 20_000,
  });
  await fill(phoneB, 'どこで', 'B が後から書いた場所');
  await page.goto(app.url(path));
  await tick(page, isolateItem);
  await phoneB.goto(app.url(path));
  await tick(phoneB, ransomNoteItem);

  app.server.setTeamServer(teamServer.url);
  // Both ticks on both phones; the later text wins on both, the earlier is in the timeline.
  for (const phone of [page, phoneB]) {
    await phone.goto(app.url(path));
    await ticked(phone, isolateItem);
    await ticked(phone, ransomNoteItem);
    await phone.goto(app.url(`${path}/record`));
    await expect(phone.getByLabel('どこで', { exact: true })).toHaveValue('B が後から書いた場所', {
      timeout: 20_000,
    });
    // The page stays open: what arrives shows by itself (a reload would restart the sync).
    await phone.goto(app.url(`${path}/timeline`));
    await expect(
      phone.locator('.timeline-text', {
        hasText: /この端末での内容: 「どこで」: A が書いた場所/,
      }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(
      phone.getByRole('status').filter({ hasText: '改ざんされていません' }),
    ).toBeVisible();
  }
  await phoneB.context().close();
});

test('the server goes away mid-sync: nothing is lost and it resumes', async ({
  page,
  app,
  browser,
  team,
  teamServer,
}) => {
  const path = await startAndJoin(page, app, team);
  await page.goto(app.url(`${path}/timeline`));
  const note = page.getByLabel('できごとを記録');
  app.server.setTeamServer(null);
  for (let i = 1; i <= 5; i++) {
    await note.fill(`経過メモ ${i}`);
    await page.getByRole('button', { name: '記録する' }).click();
    await expect(page.getByText(`経過メモ ${i}`, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: /未送信 [1-9]\d* 件/ })).toBeVisible({
    timeout: 20_000,
  });
  // A reload while unreachable keeps the count: it is kept on the phone.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /未送信 [1-9]\d* 件/ })).toBeVisible({
    timeout: 20_000,
  });
  app.server.setTeamServer(teamServer.url);
  await expect(page.getByRole('status').filter({ hasText: '同期済み' })).toBeVisible({
    timeout: 30_000,
  });
  const phoneB = await otherPhone(browser);
  await joinTeam(phoneB, app.url('/settings/team'), team, bob);
  await phoneB.goto(app.url(`${path}/timeline`));
  for (let i = 1; i <= 5; i++) {
    await expect(phoneB.getByText(`経過メモ ${i}`, { exact: true })).toBeVisible({
      timeout: 20_000,
    });
  }
  await phoneB.context().close();
});

test('a wrong password or passphrase: a clear message, and nothing is written', async ({
  page,
  app,
  browser,
  team,
  teamServer,
}) => {
  for (const button of ['接続テスト', 'チームでの共有を始める'] as const) {
    await fillTeam(page, app.url('/settings/team'), team, { ...alice, password: 'wrong' }, button);
    await expect(page.getByRole('alert')).toHaveText(/ユーザー名かパスワードが違います/, {
      timeout: 20_000,
    });
  }
  await page.reload();
  await expect(page.getByRole('heading', { name: 'チームでの共有: オフ' })).toBeVisible();
  expect(await teamServer.documents(team.db)).toEqual([]);

  // The first phone starts the team with its passphrase; another passphrase is refused.
  await joinTeam(page, app.url('/settings/team'), team, alice);
  const before = await teamServer.documents(team.db);
  const phoneB = await otherPhone(browser);
  await startIncident(phoneB, app.url('/incidents/new?type=ransomware'), 'ランサムウェア感染');
  await fillTeam(
    phoneB,
    app.url('/settings/team'),
    { ...team, passphrase: '違う合言葉' },
    bob,
    'チームでの共有を始める',
  );
  await expect(phoneB.getByRole('alert')).toHaveText(/チームの合言葉が違います/, {
    timeout: 20_000,
  });
  await phoneB.reload();
  await expect(phoneB.getByRole('heading', { name: 'チームでの共有: オフ' })).toBeVisible();
  expect((await teamServer.documents(team.db)).map((d) => d._id).sort()).toEqual(
    before.map((d) => d._id).sort(),
  );
  await phoneB.context().close();
});

test('once on, team mode works from a cold start with no network, and sends when it is back', async ({
  page,
  app,
  team,
}) => {
  const path = await startAndJoin(page, app, team);
  await app.waitForServiceWorker(page);
  // The team chunk is not precached: the service worker kept it when it was first loaded.
  await app.stop();
  await page.goto(app.url(path));
  await expect(page.getByRole('status').filter({ hasText: 'オフライン' })).toBeVisible({
    timeout: 30_000,
  });
  await tick(page, isolateItem);
  await expect(page.getByRole('status').filter({ hasText: /未送信 [1-9]\d* 件/ })).toBeVisible({
    timeout: 20_000,
  });
  await app.start();
  await expect(page.getByRole('status').filter({ hasText: '同期済み' })).toBeVisible({
    timeout: 30_000,
  });
});

test('three phones follow one incident offline and after reconnecting each has everything', async ({
  page,
  app,
  browser,
  team,
  teamServer,
}) => {
  const path = await startAndJoin(page, app, team);
  const phones = [page, await otherPhone(browser), await otherPhone(browser)];
  await joinTeam(phones[1]!, app.url('/settings/team'), team, bob);
  await joinTeam(phones[2]!, app.url('/settings/team'), team, carol);
  for (const phone of phones) {
    await phone.goto(app.url(`${path}/record`));
    await expect(phone.getByLabel('どこで', { exact: true })).toBeVisible({ timeout: 20_000 });
  }

  // The network is cut: each phone keeps working alone.
  app.server.setTeamServer(null);
  const fields = ['発生事象', 'どこで', '誰が'] as const;
  const ticks = [isolateItem, ransomNoteItem, /インシデントが疑われる兆候/];
  for (const [i, phone] of phones.entries()) {
    await fill(phone, fields[i]!, `端末${i + 1}の記録`);
    await phone.goto(app.url(path));
    await tick(phone, ticks[i]!);
    await phone.goto(app.url(`${path}/timeline`));
    await phone.getByLabel('できごとを記録').fill(`端末${i + 1}のメモ`);
    await phone.getByRole('button', { name: '記録する' }).click();
    await expect(phone.getByText(`端末${i + 1}のメモ`, { exact: true })).toBeVisible();
  }

  app.server.setTeamServer(teamServer.url);
  for (const phone of phones) {
    await expect(phone.getByRole('status').filter({ hasText: '同期済み' })).toBeVisible({
      timeout: 30_000,
    });
  }
  for (const phone of phones) {
    await phone.goto(app.url(`${path}/timeline`));
    for (let i = 1; i <= 3; i++) {
      await expect(phone.getByText(`端末${i}のメモ`, { exact: true })).toBeVisible({
        timeout: 30_000,
      });
    }
    await expect(
      phone.getByRole('status').filter({ hasText: '改ざんされていません' }),
    ).toBeVisible();
    await phone.goto(app.url(path));
    for (const item of ticks) await ticked(phone, item);
    await phone.goto(app.url(`${path}/record`));
    for (const [i, label] of fields.entries()) {
      await expect(phone.getByLabel(label, { exact: true })).toHaveValue(`端末${i + 1}の記録`);
    }
  }
  for (const phone of phones.slice(1)) await phone.context().close();
});

test('設定 → チーム: no serious axe violation, 44 px targets, nothing clipped at 200 %', async ({
  page,
  app,
  team,
}) => {
  for (const joined of [false, true]) {
    if (joined) await joinTeam(page, app.url('/settings/team'), team, alice);
    else await page.goto(app.url('/settings/team'));
    await expect(page.getByRole('heading', { level: 2, name: /チームでの共有: / })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await clipping(page)).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
  }
  // What leaves the phone is said before anything is typed.
  await page.goto(app.url('/settings'));
  await page.getByRole('link', { name: 'チームの設定を開く' }).click();
  await expect(page.getByText(/暗号化されて/).first()).toBeVisible();
});
