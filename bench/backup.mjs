// Backup and restore of 1,000 incidents through the app's own backup UI (when it exists).
import { readFile } from 'node:fs/promises';
import { phone } from './browser.mjs';
import { seedDatabase } from './seed.mjs';
import { ms } from './stats.mjs';

const PAGES = ['/backup', '/settings', '/incidents/bench-00000/share'];
const BACKUP_BUTTON =
  /バックアップ.*(保存|作成|書き出|ダウンロード)|バックアップ$|^ファイルに保存$/;

/** Counts the incidents in the database (in the page). */
const countIncidents = () =>
  new Promise((resolve) => {
    const r = indexedDB.open('incident-navi');
    r.onsuccess = () => {
      const c = r.result.transaction('incidents').objectStore('incidents').count();
      c.onsuccess = () => {
        r.result.close();
        resolve(c.result);
      };
    };
    r.onerror = () => resolve(null);
  });

/** Times a backup (tap → download) and a restore (file chosen → all incidents back). */
export async function measureBackup(browser, origin) {
  const context = await browser.newContext({
    ...phone,
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.evaluate(seedDatabase, { count: 1_000 });
    let button = null;
    let where = null;
    for (const path of PAGES) {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const candidate = page.getByRole('button', { name: BACKUP_BUTTON }).first();
      if (await candidate.isVisible().catch(() => false)) {
        button = candidate;
        where = path;
        break;
      }
    }
    if (!button) return { value: null, reason: `no backup button on ${PAGES.join(', ')}` };
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      button.click(),
    ]);
    const file = await download.path();
    const backupMs = Date.now() - started;
    const bytes = file ? (await readFile(file)).length : null;
    const input = page.locator('input[type="file"]').first();
    if (!file || !(await input.count()))
      return {
        page: where,
        backupMs,
        bytes,
        restore: { value: null, reason: `no file input on ${where}` },
      };
    await page.evaluate(seedDatabase, { count: 0 });
    const restoreStart = Date.now();
    await input.setInputFiles(file);
    // A confirmation step, if the UI asks for one.
    const confirm = page.getByRole('button', { name: /復元する|読み込む/ }).last();
    const asked = await confirm
      .waitFor({ state: 'visible', timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    if (asked) await confirm.click();
    let restored = 0;
    while (Date.now() - restoreStart < 60_000 && restored < 1_000) {
      restored = (await page.evaluate(countIncidents)) ?? 0;
      if (restored < 1_000) await page.waitForTimeout(50);
    }
    return {
      page: where,
      backupMs: ms(backupMs),
      bytes,
      restoreMs: restored >= 1_000 ? ms(Date.now() - restoreStart) : null,
      restoreReason: restored >= 1_000 ? undefined : `only ${restored} incidents back after 60 s`,
      note: 'wall clock from Node (click → download event; file chosen → 1,000 incidents in IndexedDB)',
    };
  } finally {
    await context.close();
  }
}
