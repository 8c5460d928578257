import { test, expect } from './fixtures';
import { startIncident } from './incident';
import { isolateItem, ransomNoteItem } from './journey-data';
import { fill, item, tick } from './record-actions';

// Incident records in the real IndexedDB: nothing typed and acknowledged is ever lost.

const ISOLATE = isolateItem;

test('start, tick, fill the record; with the server stopped a reload shows everything', async ({
  page,
  app,
}) => {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  await tick(page, ISOLATE);
  await tick(page, ransomNoteItem);
  await expect(page.getByText(/全体: 2 \//)).toBeVisible();

  await page.getByRole('link', { name: '整理しておく事項' }).click();
  await fill(page, '発生事象', '画面に身代金要求。共有フォルダが開けない。');
  await fill(page, 'どこで', '本社2階 経理部');

  await app.waitForServiceWorker(page);
  await app.stop();
  await page.reload();
  await expect(page.getByLabel('発生事象', { exact: true })).toHaveValue(
    '画面に身代金要求。共有フォルダが開けない。',
  );
  await expect(page.getByLabel('どこで', { exact: true })).toHaveValue('本社2階 経理部');
  await page.goto(app.url(path));
  await expect(item(page, ISOLATE).getByRole('button', { name: /完了/ }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText(/全体: 2 \//)).toBeVisible();
  await page.goto(app.url(`${path}/timeline`));
  await expect(page.getByText(/^完了: 感染したパソコンやサーバー/)).toBeVisible();

  // The list shows it too, offline.
  await page.goto(app.url('/incidents'));
  await expect(page.getByRole('link', { name: /ランサムウェア/ })).toBeVisible();
});

test('two tabs on one incident: ticks in one, fields in the other, both survive', async ({
  page,
  context,
  app,
}) => {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  const other = await context.newPage();
  await other.goto(app.url(`${path}/record`));
  await expect(other.getByLabel('発生事象', { exact: true })).toBeVisible();

  // Interleave the writes of the two tabs.
  await tick(page, ISOLATE);
  await fill(other, '発生事象', '脅迫文が表示された');
  await tick(page, ransomNoteItem);
  await fill(other, '想定される原因', 'VPN機器の脆弱性');

  await page.reload();
  await expect(page.getByText(/全体: 2 \//)).toBeVisible();
  await other.reload();
  await expect(other.getByLabel('発生事象', { exact: true })).toHaveValue('脅迫文が表示された');
  await expect(other.getByLabel('想定される原因', { exact: true })).toHaveValue('VPN機器の脆弱性');
});

test('a page closed right after a tick was acknowledged keeps the tick', async ({
  page,
  context,
  app,
}) => {
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  await tick(page, ISOLATE);
  await page.close();
  const again = await context.newPage();
  await again.goto(app.url(path));
  await expect(item(again, ISOLATE).getByRole('button', { name: /完了/ }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a quota error shows the message, keeps the text, and loses nothing saved', async ({
  page,
  app,
}) => {
  // Wrap the real put: when armed, the next write fails as a full disk would.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    const w = window as unknown as { __failNextPut?: boolean };
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      if (w.__failNextPut) {
        w.__failNextPut = false;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const path = await startIncident(
    page,
    app.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  await page.goto(app.url(`${path}/record`));
  await fill(page, '発生事象', '脅迫文');

  await page.evaluate(() => {
    (window as unknown as { __failNextPut?: boolean }).__failNextPut = true;
  });
  const field = page.getByLabel('想定される原因', { exact: true });
  await field.fill('VPN機器の脆弱性');
  await field.blur();
  await expect(page.getByText(/空き容量が足りないため保存できませんでした/)).toBeVisible();
  await expect(field).toHaveValue('VPN機器の脆弱性');

  // Saved data is intact, and a retry saves the kept text.
  await page.getByRole('button', { name: 'もう一度保存' }).click();
  await expect(page.locator('.record-field').filter({ has: field }).getByRole('status')).toHaveText(
    '✓ 保存済み',
  );
  await page.reload();
  await expect(page.getByLabel('発生事象', { exact: true })).toHaveValue('脅迫文');
  await expect(page.getByLabel('想定される原因', { exact: true })).toHaveValue('VPN機器の脆弱性');
});
