// Backup and restore of 1,000 incidents through the app's own backup UI (when it exists).
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { phone, startApp } from './browser.mjs';
import { seedDatabase } from './seed.mjs';
import { ms } from './stats.mjs';

const PAGES = ['/backup', '/settings', '/incidents/bench-00000/share'];
const BACKUP_BUTTON =
  /バックアップ.*(保存|作成|書き出|ダウンロード)|バックアップ$|^ファイルに保存$/;

/** Counts the records of one store in the database (in the page). */
const countRecords = (store) =>
  new Promise((resolve) => {
    const r = indexedDB.open('incident-navi');
    r.onsuccess = () => {
      const c = r.result.transaction(store).objectStore(store).count();
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
    await startApp(page, { database: true });
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
      restored = (await page.evaluate(countRecords, 'incidents')) ?? 0;
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

/** A plain backup file of one incident with `entries` timeline entries (as the app writes it). */
function largeBackupText(entries) {
  const base = Date.parse('2026-11-01T00:00:00Z');
  const iso = (t) => new Date(t).toISOString();
  const incident = {
    id: 'bench-large',
    title: 'ベンチ用 大きな対応記録',
    types: ['ransomware'],
    causes: [],
    status: 'open',
    discoveredAt: iso(base),
    createdAt: iso(base),
    updatedAt: iso(base + entries * 1_000),
    deletedAt: null,
  };
  const timeline = Array.from({ length: entries }, (_, i) => ({
    id: `bench-tl-${String(i).padStart(6, '0')}`,
    incidentId: incident.id,
    at: iso(base + i * 1_000),
    createdAt: iso(base + i * 1_000),
    kind: 'note',
    text: `経過メモ ${i}: 共有フォルダのファイルを確認した`,
    by: '山田',
  }));
  const file = {
    format: 'incident-navi-backup',
    formatVersion: 1,
    appVersion: 'bench',
    dbVersion: 1,
    createdAt: iso(base + entries * 1_000),
    data: {
      incidents: [incident],
      fields: [],
      progress: [],
      timeline,
      reporting: [],
      settings: [],
    },
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/**
 * Restores a file with one incident and 100,000 timeline entries through the backup UI:
 * time to check the file, time to write it, whether progress was shown, and the longest
 * main-thread task (a PerformanceObserver of long tasks) over the whole restore.
 */
export async function measureLargeRestore(browser, origin, entries = 100_000) {
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  const dir = await mkdtemp(join(tmpdir(), 'bench-restore-'));
  try {
    const file = join(dir, 'large-backup.json');
    await writeFile(file, largeBackupText(entries));
    const page = await context.newPage();
    await page.goto(`${origin}/backup`, { waitUntil: 'networkidle' });
    await page.evaluate(seedDatabase, { count: 0 });
    await page.evaluate(() => {
      window.__longest = 0;
      window.__progressSeen = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
      new MutationObserver(() => {
        if (document.querySelector('.restore-progress')) window.__progressSeen++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const started = Date.now();
    await page.locator('input[type="file"]').setInputFiles(file);
    const confirm = page.getByRole('button', { name: 'この端末に復元する' });
    await confirm.waitFor({ state: 'visible', timeout: 120_000 });
    const checkMs = Date.now() - started;
    const longestCheck = await page.evaluate(() => {
      const longest = window.__longest;
      window.__longest = 0;
      return longest;
    });
    const writeStart = Date.now();
    await confirm.click();
    await page.getByText(/復元しました/).waitFor({ timeout: 300_000 });
    const writeMs = Date.now() - writeStart;
    const stored = await page.evaluate(countRecords, 'timeline');
    const { longest, progressSeen } = await page.evaluate(() => ({
      longest: window.__longest,
      progressSeen: window.__progressSeen > 0,
    }));
    return {
      entries,
      bytes: (await stat(file)).size,
      checkMs: ms(checkMs),
      writeMs: ms(writeMs),
      totalMs: ms(checkMs + writeMs),
      stored,
      progressShown: progressSeen,
      longestCheckTaskMs: ms(longestCheck),
      longestWriteTaskMs: ms(longest),
      note: 'wall clock from Node: file chosen → confirm button; tap → 復元しました; longest long task in the page while checking and while writing',
    };
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
