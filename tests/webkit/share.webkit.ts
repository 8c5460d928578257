import { expect, it } from 'vitest';
import { hostileEvent } from '../e2e/journey-data';
import { useWebKit } from './fixture';
import { recordSavedFiles, savedFiles } from './files';
import { fillRecord, openIncident, startIncident } from './incident';
import { waitFor, type WebKitPage } from './page';

// 共有・出力 in WebKit: the share fallbacks (no share sheet in WebKitGTK; Safari's share sheet
// stood in by a stub), and the print view.

const wk = useWebKit();

async function openShare(page: WebKitPage) {
  const path = await startIncident(page);
  await page.click({ role: 'link', name: '整理しておく事項' });
  await fillRecord(page, '発生事象', hostileEvent);
  await openIncident(page, path);
  await page.click({ role: 'link', name: '共有・出力' });
  await waitFor(
    async () => (/【インシデント概要】/.test(await preview(page)) ? true : undefined),
    'the summary in the preview',
  );
  await recordSavedFiles(page);
}

const preview = (page: WebKitPage) => page.value({ label: /^内容/, exact: false });
const message = (page: WebKitPage, text: RegExp) =>
  page.find({ css: '[role=status]', hasText: text });

it('without a share sheet, 共有 copies and saves a file that matches the record', async () => {
  const { page } = wk;
  await openShare(page);
  expect(await page.evaluate('return typeof navigator.share')).toBe('undefined');
  await page.click({ role: 'button', name: '共有' });
  await message(page, /コピーしました。ファイルにも保存しました/);

  const [file] = await savedFiles(page);
  expect(file?.name).toMatch(/^概要_.*\.txt$/);
  expect(file?.text).toBe(await preview(page));
  expect(file?.text).toContain(`発生事象: ${hostileEvent}`);
  expect(file?.text).toContain('種類: ランサムウェア');
});

it("with Safari's share sheet: the file goes to it; a cancel is quiet; a refusal falls back", async () => {
  const { page } = wk;
  await openShare(page);
  // As on an iPhone: share() and canShare({ files }) exist. The stub answers in turn:
  // shared, cancelled by the person, refused by the browser.
  await page.evaluate(() => {
    const w = window as unknown as { shared: { files: string[]; text?: string }[] };
    w.shared = [];
    const answers = ['ok', 'AbortError', 'NotAllowedError'];
    Object.assign(navigator, {
      canShare: (data: ShareData) => Array.isArray(data.files),
      share: async (data: ShareData) => {
        w.shared.push({ files: (data.files ?? []).map((f) => f.name), text: data.text });
        const answer = answers.shift();
        if (answer !== 'ok') throw new DOMException('stub', answer);
      },
    });
  });
  const shared = () => page.evaluate<{ files: string[]; text?: string }[]>('return window.shared');

  await page.click({ role: 'button', name: '共有' });
  await message(page, /^共有しました。$/);
  const [first] = await shared();
  expect(first?.files).toEqual([expect.stringMatching(/^概要_.*\.txt$/)]);
  expect(first?.text).toBe(await preview(page));

  await page.click({ role: 'button', name: '共有' });
  await waitFor(async () => ((await shared()).length === 2 ? true : undefined), 'a second share');
  expect(await page.evaluate("return document.querySelector('.share-message').textContent")).toBe(
    '',
  );
  expect(await page.all({ role: 'alert' })).toEqual([]);

  await page.click({ role: 'button', name: '共有' });
  await message(page, /コピーしました。ファイルにも保存しました/);
  expect((await savedFiles(page)).map((f) => f.text)).toEqual([await preview(page)]);
});

it('印刷 opens the print dialog; the print styles show only the document', async () => {
  const { page } = wk;
  await openShare(page);
  await page.click({ role: 'radio', name: '概要（全文）' });
  await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
  await page.click({ role: 'button', name: '印刷' });
  expect(await page.evaluate('return window.printed')).toBe(1);

  // WebDriver cannot switch WebKit to print media: apply the page's own print rules to the
  // screen (as WebKit parsed them) and check what remains.
  const printMedia = (on: boolean) =>
    page.evaluate((print: boolean) => {
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSMediaRule)) continue;
          const text = rule.media.mediaText;
          if (print && text === 'print') rule.media.mediaText = 'all, emulated-print';
          if (!print && text.includes('emulated-print')) rule.media.mediaText = 'print';
        }
      }
    }, on);
  await printMedia(true);
  const printed = await page.find({ css: '.print-document' });
  const text = await printed.getText();
  expect(text).toContain('【インシデント概要】');
  expect(text).toContain(hostileEvent);
  expect(text).toContain('■ チェックリストの進み具合');
  for (const hidden of ['.bottom-nav', '.app-header']) {
    expect(await page.all({ css: hidden }), hidden).toEqual([]);
  }
  expect(await page.all({ role: 'button', name: '印刷' })).toEqual([]);
  await printMedia(false);
  await page.gone({ css: '.print-document' });
});
