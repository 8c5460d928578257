import { test, expect } from './fixtures';
import { dueDate, formatJaDate } from '../../src/features/reporting/dates';

// A device outside Japan: due dates must still be Japan-time dates.
test.use({ timezoneId: 'America/Los_Angeles' });

/** Writes one v1 incident straight into the page's IndexedDB (as the app would). */
async function seedIncident(
  page: import('@playwright/test').Page,
  discoveredAt: string,
): Promise<string> {
  return page.evaluate(async (discoveredAt) => {
    const id = crypto.randomUUID();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('incident-navi');
      req.onupgradeneeded = () => {
        // The database did not exist yet: create the v1 stores (src/storage/migrations.ts).
        const d = req.result;
        const incidents = d.createObjectStore('incidents', { keyPath: 'id' });
        incidents.createIndex('byUpdatedAt', 'updatedAt');
        incidents.createIndex('byStatusUpdatedAt', ['status', 'updatedAt']);
        d.createObjectStore('fields', { keyPath: ['incidentId', 'fieldId'] }).createIndex(
          'byIncident',
          'incidentId',
        );
        d.createObjectStore('progress', { keyPath: ['incidentId', 'itemId'] }).createIndex(
          'byIncident',
          'incidentId',
        );
        d.createObjectStore('timeline', { keyPath: 'id' }).createIndex('byIncidentAt', [
          'incidentId',
          'at',
        ]);
        d.createObjectStore('reporting', { keyPath: ['incidentId', 'key'] }).createIndex(
          'byIncident',
          'incidentId',
        );
        d.createObjectStore('settings', { keyPath: 'key' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const now = new Date().toISOString();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('incidents', 'readwrite');
      tx.objectStore('incidents').put({
        id,
        title: 'USBメモリの紛失',
        types: ['leak'],
        causes: ['loss'],
        status: 'open',
        discoveredAt,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return id;
  }, discoveredAt);
}

test('answer the questionnaire, mark a report 対応済み, and keep it after a reload', async ({
  page,
  app,
}) => {
  await page.goto(app.url('/'));
  const discoveredAt = new Date().toISOString();
  const id = await seedIncident(page, discoveredAt);
  await page.goto(app.url(`/incidents/${id}/reporting`));

  const answer = async (question: RegExp, choice: string) => {
    await page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: choice, exact: true })
      .check();
    await expect(page.getByText('✓ 保存済み').first()).toBeVisible();
  };
  await answer(/個人情報は含まれますか/, 'はい');
  await answer(/何人分/, '1,001人以上');
  await answer(/暗号化/, 'いいえ');

  const card = page.getByRole('article', { name: '個人情報保護委員会への報告（速報・確報）' });
  const due = formatJaDate(dueDate(discoveredAt, 30));
  await expect(card.getByText(`${due}まで`)).toBeVisible();
  await expect(card.getByText('あと 29 日')).toBeVisible();
  await expect(card.getByText('法令上の期限', { exact: true }).first()).toBeVisible();

  await card.getByLabel(/メモ/).fill('確報をWebフォームで送信');
  await card.getByRole('button', { name: /対応済みにする/ }).click();
  await expect(card.getByText('✓ 保存済み')).toBeVisible();

  await page.reload();
  const again = page.getByRole('article', { name: '個人情報保護委員会への報告（速報・確報）' });
  await expect(again.getByText(/✓ 対応済み/)).toBeVisible();
  await expect(again.getByLabel(/メモ/)).toHaveValue('確報をWebフォームで送信');
  await expect(
    page.getByRole('group', { name: /何人分/ }).getByRole('radio', { name: '1,001人以上' }),
  ).toBeChecked();
});
