import { devices, type Browser, type Page } from '@playwright/test';
import { test as appTest, expect } from './fixtures';
import { TeamServer } from './team-server.mjs';

// Team mode's browser tests: a pouchdb-server per test worker, proxied under the app's origin
// at /couchdb/ like the README's reverse proxy; each test has its own team database.

/** What a phone types on 設定 → チーム. */
export interface Member {
  user: string;
  password: string;
  deviceName: string;
}

/** A team database of the test server, and the passphrase its phones use. */
export interface Team {
  db: string;
  passphrase: string;
}

export const test = appTest.extend<{ team: Team }, { teamServer: TeamServer }>({
  teamServer: [
    // Playwright reads the fixtures a function needs from its first parameter's pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = new TeamServer();
      await server.start();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  team: async ({ app, teamServer }, use, testInfo) => {
    app.server.setTeamServer(teamServer.url);
    const db = `team-${testInfo.workerIndex}-${Date.now().toString(36)}`;
    await teamServer.createTeam(db, [alice, bob, carol]);
    await use({ db, passphrase: '合言葉は青い港 2026' });
  },
});

export { expect };

export const alice: Member = { user: 'alice', password: 'alice-pw-1', deviceName: '佐藤のスマホ' };
export const bob: Member = { user: 'bob', password: 'bob-pw-22', deviceName: '鈴木のスマホ' };
export const carol: Member = { user: 'carol', password: 'carol-pw-3', deviceName: '高橋のスマホ' };

/** A second phone: a new browser profile with the same device settings. */
export async function otherPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'allow',
  });
  return context.newPage();
}

/** Fills 設定 → チーム and presses a button; returns the message shown. */
export async function fillTeam(
  page: Page,
  url: string,
  team: { db: string; passphrase: string },
  member: Member,
  button: '接続テスト' | 'チームでの共有を始める',
) {
  await page.goto(url);
  await page.getByLabel('チームのデータベース').fill(team.db);
  await page.getByLabel('ユーザー名').fill(member.user);
  await page.getByLabel('パスワード', { exact: true }).fill(member.password);
  await page.getByLabel('チームの合言葉').fill(team.passphrase);
  await page.getByLabel('この端末の名前').fill(member.deviceName);
  await page.getByRole('button', { name: button }).click();
}

/** Joins the team from 設定 → チーム and waits until it says everything is synced. */
export async function joinTeam(
  page: Page,
  url: string,
  team: { db: string; passphrase: string },
  member: Member,
) {
  await fillTeam(page, url, team, member, 'チームでの共有を始める');
  await expect(page.getByText('✓ チームでの共有を始めました。')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /同期済み/ })).toBeVisible({
    timeout: 30_000,
  });
}
