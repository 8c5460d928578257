import { expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useWebKit } from './fixture';

// WebKit introducing itself as Safari on iPhone: the app explains the 7-day deletion, suggests
// the home screen and a backup, and 設定 says whether storage is persistent.

const wk = useWebKit();
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const SEVEN_DAYS = /7日間開かないと、対応記録を含むこのサイトのデータが消されることがあります/;

it('as Safari on iPhone: the install guide warns of the 7-day deletion; 設定 shows storage', async () => {
  const page = await wk.freshBrowser({ userAgent: IPHONE_SAFARI });
  await page.goto('/');
  expect(await page.evaluate('return navigator.userAgent')).toBe(IPHONE_SAFARI);
  const guide = { role: 'region', name: 'ホーム画面に追加' };
  await page.find([guide, { text: SEVEN_DAYS }]);
  await page.find([guide, { text: /「ホーム画面に追加」/ }]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.click([guide, { role: 'link', name: 'バックアップ' }]);
  await page.find({ role: 'heading', level: 1, name: /バックアップ/ });

  await page.goto('/settings');
  const storage = { role: 'region', name: '記録の保存' };
  await page.find([storage, { text: /記録は保護されていません|保護されています|確認できません/ }]);
  await page.find([storage, { text: SEVEN_DAYS }]);
  expect(await seriousViolations(page)).toEqual([]);
});

it('as another browser there is no iPhone guide', async () => {
  const { page } = wk;
  await page.goto('/settings');
  const storage = { role: 'region', name: '記録の保存' };
  await page.find([storage, { text: /記録は保護されていません|保護されています|確認できません/ }]);
  expect(await page.all({ text: SEVEN_DAYS })).toEqual([]);
  await page.goto('/');
  await page.find({ role: 'heading', level: 1, name: /何が起きましたか/ });
  expect(await page.all({ role: 'region', name: 'ホーム画面に追加' })).toEqual([]);
});
