import { expect, it } from 'vitest';
import { isolateItem, ransomNoteItem } from '../e2e/journey-data';
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
