import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startIncident } from './incident';

// Evidence and the tamper-evident timeline in the real browser (IndexedDB, WebCrypto, offline).

/** Makes the browser report `usage` bytes used of `quota` (a phone near its storage limit). */
const reportStorage = (page: Page, usage: number, quota: number) =>
  page.addInitScript(
    ([used, allowed]) =>
      Object.defineProperty(navigator.storage, 'estimate', {
        value: () => Promise.resolve({ usage: used, quota: allowed }),
      }),
    [usage, quota] as const,
  );

test('a photo attached through the camera input shows the SHA-256 of its bytes, also offline after a reload', async ({
  page,
  app,
}) => {
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  await app.waitForServiceWorker(page);
  await page.goto(app.url(`${path}/evidence`));
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    randomBytes(200_000),
  ]);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const camera = page.getByLabel('写真を撮って保存');
  await expect(camera).toHaveAttribute('capture', 'environment');
  await expect(camera).toHaveAttribute('accept', 'image/*');
  await camera.setInputFiles({ name: 'ransom-note.png', mimeType: 'image/png', buffer: bytes });
  await expect(
    page.getByRole('status').filter({ hasText: '保存済み: ransom-note.png' }),
  ).toBeVisible();
  await expect(page.locator('code.sha256')).toHaveText(sha);
  await expect(page.getByText(sha.slice(0, 12), { exact: true })).toBeVisible();
  // Its size counts in the incident's evidence total.
  await expect(page.getByRole('heading', { name: '証拠一覧（1件、合計 195.3 KB）' })).toBeVisible();

  // The original comes out byte for byte.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /元のファイルを保存.*ransom-note\.png/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ransom-note.png');
  const saved = await readFile(await download.path());
  expect(createHash('sha256').update(saved).digest('hex')).toBe(sha);

  // The evidence package: the original and the lists, in one zip.
  const [zipDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '証拠パッケージを保存（ZIP）' }).click(),
  ]);
  expect(zipDownload.suggestedFilename()).toMatch(/_証拠パッケージ\.zip$/);
  const zip = unzipSync(new Uint8Array(await readFile(await zipDownload.path())));
  expect(createHash('sha256').update(zip['files/001_ransom-note.png']!).digest('hex')).toBe(sha);
  expect(strFromU8(zip['証拠一覧.txt']!)).toContain(`SHA-256: ${sha}`);
  expect(strFromU8(zip['証拠一覧.csv']!)).toContain('files/001_ransom-note.png');

  // Offline, after a reload: still there, with the same hash.
  await app.stop();
  await page.reload();
  await expect(page.locator('code.sha256')).toHaveText(sha);

  // The timeline records it in the chain.
  await page.goto(app.url(`${path}/timeline`));
  await expect(
    page.getByText('記録は改ざんされていません（2件を確認）', { exact: false }),
  ).toBeVisible();
  await expect(
    page
      .locator('.timeline-text')
      .filter({ hasText: new RegExp(`証拠を保存: ransom-note.png.*${sha}`) }),
  ).toBeVisible();
});

test('an entry changed directly in IndexedDB is reported as a break on 対応経過', async ({
  page,
  app,
}) => {
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  await page.goto(app.url(`${path}/timeline`));
  await expect(page.getByText(/記録は改ざんされていません（1件を確認）/)).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('incident-navi');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('timeline', 'readwrite');
          const store = tx.objectStore('timeline');
          const all = store.getAll();
          all.onsuccess = () => {
            const [entry] = all.result as { text: string }[];
            store.put({ ...entry, text: '書き換えた記録' });
          };
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('記録の連続性が崩れています');
  await expect(alert).toContainText('「書き換えた記録」から先は確認できません');
  await expect(page.getByText(/改ざんされていません/)).toHaveCount(0);
  // The checklist page checks it too when it opens, and shows the break plainly.
  await page.goto(app.url(path));
  await expect(page.getByRole('alert')).toContainText('記録の連続性が崩れています');
});

test('a file larger than the room left: a calm message and nothing saved', async ({
  page,
  app,
}) => {
  await reportStorage(page, 1_000, 2_000);
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  await page.goto(app.url(`${path}/evidence`));
  await page.getByLabel('ファイルを選んで保存').setInputFiles({
    name: 'big.bin',
    mimeType: 'application/octet-stream',
    buffer: randomBytes(5_000),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    '端末の空き容量が足りないため、このファイルは保存できませんでした',
  );
  await expect(alert).toContainText('何も保存されていません');
  await expect(page.getByText('まだ証拠はありません。')).toBeVisible();
  await page.goto(app.url(`${path}/timeline`));
  await expect(page.getByText(/記録は改ざんされていません（1件を確認）/)).toBeVisible();
});

test('storage nearly full: 設定 and 証拠 warn in words, and a photo that fits is still kept', async ({
  page,
  app,
}) => {
  // 85 % of what the browser allows is in use (the estimate a phone near its limit reports).
  await reportStorage(page, 85_000_000, 100_000_000);
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  await page.goto(app.url(`${path}/evidence`));
  const warning = page.getByRole('alert').filter({ hasText: '保存できる量の 85 % を使っています' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('バックアップを取ってから');
  await page.getByLabel('ファイルを選んで保存').setInputFiles({
    name: 'screen.png',
    mimeType: 'image/png',
    buffer: randomBytes(2_000),
  });
  await expect(page.locator('code.sha256')).toHaveCount(1);
  await page.goto(app.url('/settings'));
  await expect(
    page.getByRole('alert').filter({ hasText: '保存できる量の 85 % を使っています' }),
  ).toBeVisible();
  await expect(page.getByText(/うち証拠の写真・ファイル: 1件/)).toBeVisible();
});

test('a backup with a photo restores on a new phone with the same SHA-256; a changed copy is refused', async ({
  page,
  browser,
  app,
}, testInfo) => {
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  await page.goto(app.url(`${path}/evidence`));
  const bytes = randomBytes(120_000);
  const sha = createHash('sha256').update(bytes).digest('hex');
  await page.getByLabel('ファイルを選んで保存').setInputFiles({
    name: 'screen.jpg',
    mimeType: 'image/jpeg',
    buffer: bytes,
  });
  await expect(page.locator('code.sha256')).toHaveText(sha);
  await page.goto(app.url('/backup'));
  await expect(
    page.getByRole('checkbox', { name: /証拠の写真・ファイルも含める（1件/ }),
  ).toBeChecked();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ファイルに保存' }).click();
  const file = (await (await downloading).path())!;
  await expect(page.getByRole('status').first()).toContainText('証拠のファイル 1件');

  // The same file with one byte of the photo changed.
  const backup = JSON.parse(await readFile(file, 'utf8')) as {
    data: { evidenceFiles: { base64: string }[] };
  };
  const changed = Buffer.from(bytes);
  changed[5] ^= 1;
  backup.data.evidenceFiles[0]!.base64 = changed.toString('base64');
  const tampered = testInfo.outputPath('tampered-backup.json');
  await writeFile(tampered, JSON.stringify(backup));

  // A new phone (a fresh profile).
  const phone = await browser.newContext();
  const other = await phone.newPage();
  try {
    await other.goto(app.url('/backup'));
    await other.getByLabel('バックアップファイルを選ぶ').setInputFiles(tampered);
    const alert = other.getByRole('alert');
    await expect(alert).toContainText(
      '証拠のファイル「screen.jpg」の中身が、記録された SHA-256 と一致しません',
    );
    await expect(alert).toContainText('何も変更していません');
    await expect(other.getByRole('button', { name: 'この端末に復元する' })).toHaveCount(0);

    await other.getByLabel('バックアップファイルを選ぶ').setInputFiles(file);
    await expect(
      other.getByText(/証拠のファイル 1件の SHA-256 が、記録された値と一致/),
    ).toBeVisible();
    await other.getByRole('button', { name: 'この端末に復元する' }).click();
    await expect(other.getByText(/復元しました。追加: 対応記録 1件/)).toBeVisible();
    await other.goto(app.url(`${path}/evidence`));
    await expect(other.locator('code.sha256')).toHaveText(sha);
    const [download] = await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('button', { name: /元のファイルを保存.*screen\.jpg/ }).click(),
    ]);
    const restored = await readFile(await download.path());
    expect(createHash('sha256').update(restored).digest('hex')).toBe(sha);
    await other.goto(app.url(`${path}/timeline`));
    await expect(other.getByText(/記録は改ざんされていません（2件を確認）/)).toBeVisible();
  } finally {
    await phone.close();
  }
});

test('evidence attached to a checklist item and to a timeline entry shows beside each, and in 証拠一覧', async ({
  page,
  app,
}) => {
  const path = await startIncident(page, app.url('/incidents/new?type=ransomware'));
  // Tick the first item of the checklist, then attach a photo to it.
  const item = page
    .locator('li.check-item')
    .filter({ has: page.getByRole('button', { name: '完了' }) })
    .first();
  const itemText = (await item.locator('.check-text').first().innerText()).trim();
  await item.getByRole('button', { name: '完了' }).click();
  await expect(item.getByText(/保存済み/)).toBeVisible();
  await item.getByRole('link', { name: '写真・ファイルを添付' }).click();
  await expect(page.getByText(/添付先: チェック項目/)).toBeVisible();
  await page.getByLabel('ファイルを選んで保存').setInputFiles({
    name: 'item.jpg',
    mimeType: 'image/jpeg',
    buffer: randomBytes(2_000),
  });
  await expect(page.getByRole('status').filter({ hasText: '保存済み: item.jpg' })).toBeVisible();
  await expect(
    page.locator('.evidence-meta dd').filter({ hasText: /^チェック項目「/ }),
  ).toBeVisible();

  await page.goto(app.url(path));
  const itemAgain = page
    .locator('li.check-item')
    .filter({ hasText: itemText.slice(0, 20) })
    .first();
  await expect(itemAgain.getByRole('link', { name: '📎 証拠 1件' })).toBeVisible();

  // A timeline entry: the first one (対応を開始).
  await page.goto(app.url(`${path}/timeline`));
  const first = page.locator('li.timeline-entry').filter({ hasText: '開始' }).first();
  await first.getByRole('link', { name: /写真・ファイルを添付/ }).click();
  await expect(page.getByText(/添付先: 対応経過/)).toBeVisible();
  await page.getByLabel('ファイルを選んで保存').setInputFiles({
    name: 'entry.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('ログ'),
  });
  await expect(page.getByRole('status').filter({ hasText: '保存済み: entry.txt' })).toBeVisible();
  await page.goto(app.url(`${path}/timeline`));
  await expect(page.getByRole('link', { name: /📎 証拠 1件/ })).toBeVisible();
  await expect(page.getByText(/記録は改ざんされていません/)).toBeVisible();

  await page.goto(app.url(`${path}/evidence`));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '証拠一覧を保存（テキスト）' }).click(),
  ]);
  const list = await readFile(await download.path(), 'utf8');
  expect(list).toContain(`添付先: チェック項目「${itemText}」`);
  expect(list).toMatch(/添付先: 対応経過「.+」/);
});
