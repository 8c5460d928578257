import { expect, it } from 'vitest';
import { isolateItem, newRansomware, ransomNoteItem, responder } from '../e2e/journey-data';
import { useWebKit } from './fixture';
import { checklistRow, fillRecord, startIncident, tick } from './incident';

// Records in WebKit's IndexedDB: started, ticked and filled, then reloaded with the server
// stopped: nothing acknowledged is lost.

const wk = useWebKit();
const EVENT = '画面に身代金要求。共有フォルダが開けない。';

it('start, tick, fill; with the server stopped a reload shows everything', async () => {
  const { page, server } = wk;
  const path = await startIncident(page);
  await tick(page, isolateItem);
  await tick(page, ransomNoteItem);
  await page.find({ text: /全体: 2 \// });

  await page.click({ role: 'link', name: '整理しておく事項' });
  await fillRecord(page, '発生事象', EVENT);
  await fillRecord(page, 'どこで', '本社2階 経理部');

  await page.serviceWorkerControls();
  await server.stop();
  await page.reload();
  await page.hasValue({ label: '発生事象' }, EVENT);
  await page.hasValue({ label: 'どこで' }, '本社2階 経理部');

  await page.goto(path);
  const done = await page.find([checklistRow(isolateItem), { role: 'button', name: /完了/ }]);
  expect(await done.getAttribute('aria-pressed')).toBe('true');
  await page.find({ text: /全体: 2 \// });
  await page.goto(`${path}/timeline`);
  await page.find({ text: /^完了: 感染したパソコンやサーバー/ });
  await page.goto('/incidents');
  await page.find({ role: 'link', name: /ランサムウェア/ });
});

it('a window closed right after a tick was acknowledged keeps the tick', async () => {
  const { page } = wk;
  const path = await startIncident(page);
  await tick(page, isolateItem);
  await page.replaceWindow();
  await page.goto(path);
  const done = await page.find([checklistRow(isolateItem), { role: 'button', name: /完了/ }]);
  expect(await done.getAttribute('aria-pressed')).toBe('true');
});

it('the date field: empty gets a calm message and keeps the form; a picked JST time is kept', async () => {
  const { page } = wk;
  const discovered = { label: '発覚日時（日本時間）' };
  await page.goto(newRansomware.path);
  // The form is live once the type from the link is preselected (as startIncident waits).
  await page.find({ role: 'checkbox', name: newRansomware.type, checked: true });
  await page.fill({ label: '件名' }, '経理PCの画面に脅迫文');
  await page.hasValue({ label: '件名' }, '経理PCの画面に脅迫文');
  // Cleared as with the picker's clear button (WebDriver's clear opens WebKitGTK's date popup).
  await page.pick(discovered, '');
  await page.click({ role: 'button', name: '対応を開始する' });
  await page.find({ css: '[role=alert]', hasText: '発覚日時を入力してください。' });
  expect(await page.path()).toBe(newRansomware.path);
  await page.hasValue({ label: '件名' }, '経理PCの画面に脅迫文');

  // The browser runs in UTC here: the time stays the Japanese time that was picked.
  await page.pick(discovered, '2026-11-30T09:15');
  const name = await page.all({ label: responder.label });
  if (name.length) await page.fill({ label: responder.label }, responder.name);
  await page.click({ role: 'button', name: '対応を開始する' });
  await page.hasPath(/^\/incidents\/[0-9a-f-]{36}$/);
  await page.find({ role: 'heading', level: 1, name: '経理PCの画面に脅迫文' });
  await page.find({ text: /発覚 2026\/11\/30\(月\) 09:15/ });
});
