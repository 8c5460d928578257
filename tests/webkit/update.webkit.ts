import { expect, it } from 'vitest';
import { buildSecondVersion, secondBuildId } from '../e2e/builds';
import { useWebKit } from './fixture';
import { waitFor } from './page';

// The update prompt in WebKit: a second build deployed on the same origin waits for 「更新」,
// and the page reloads into it only after the tap.

const wk = useWebKit();

it('a new version waits for 「更新」, never reloads by itself, then runs after the tap', async () => {
  const { page, server } = wk;
  const v2Dir = buildSecondVersion('dist-update-webkit');
  const version = () =>
    page.evaluate<string>("return document.querySelector('.shell').dataset.version");
  const marker = () => page.evaluate<string | null>('return window.marker ?? null');

  await page.goto('/');
  await page.serviceWorkerControls();
  const v1 = await version();
  expect(v1).not.toContain(secondBuildId);

  await server.stop();
  server.root = v2Dir;
  await server.start();
  await page.evaluate("window.marker = 'still here'");
  await page.evaluateAsync(async () => (await navigator.serviceWorker.ready).update());

  await page.find({ text: /新しいバージョンがあります/ }, 30_000);
  // Nothing reloaded by itself: the page's state and version are those of before.
  expect(await marker()).toBe('still here');
  expect(await version()).toBe(v1);

  await page.click({ role: 'button', name: '更新' });
  await waitFor(
    async () => ((await version().catch(() => '')).includes(secondBuildId) ? true : undefined),
    'the new version to run',
    20_000,
  );
  expect(await marker()).toBeNull();
  await page.gone({ text: /新しいバージョンがあります/ });
});
