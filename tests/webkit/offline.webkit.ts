import { expect, it } from 'vitest';
import { navigation, routes } from '../e2e/routes';
import { useWebKit } from './fixture';

// Install and offline in WebKit: after one visit the service worker serves every route with
// the server stopped, by URL, by navigation, and in a window opened afterwards.

const wk = useWebKit();

it('installs, says it works offline, and opens every route with the server stopped', async () => {
  const { page, server } = wk;
  await page.goto('/');
  await page.find({ role: 'heading', level: 1, name: /何が起きましたか/ });
  expect(await page.evaluate('return document.documentElement.lang')).toBe('ja');
  await page.serviceWorkerControls();
  await page.find({ text: /オフラインでも使えるようになりました/ });

  await server.stop();
  await page.reload();
  await page.find({ role: 'heading', level: 1, name: /何が起きましたか/ });
  for (const route of routes) {
    await page.goto(route.path);
    await page.find({ role: 'heading', level: 1, name: route.heading });
  }
  for (const item of navigation) {
    await page.click([
      { role: 'navigation', name: 'メインメニュー' },
      { role: 'link', name: item.label },
    ]);
    await page.find({ role: 'heading', level: 1, name: item.heading });
  }
});

it('a cold start offline: a new window opened on deep links renders them', async () => {
  const { page, server } = wk;
  await page.goto('/');
  await page.serviceWorkerControls();
  await server.stop();

  await page.replaceWindow();

  await page.goto('/contacts');
  await page.find({ role: 'heading', level: 1, name: /連絡先|相談窓口/ });
  await page.goto('/incidents/some-deep-link');
  await page.find({ role: 'heading', level: 1 });
  await page.goto('/playbooks/leak?cause=insider');
  await page.find({ role: 'heading', level: 1, name: /情報漏えいの場合/ });
});
