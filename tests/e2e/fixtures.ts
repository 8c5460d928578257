import { test as base, expect, type Page } from '@playwright/test';
import { StaticServer } from './server.mjs';
import { distDir, warmUrls } from './builds';

/** The built app, served for one test; stoppable to simulate a cut network. */
export interface App {
  server: StaticServer;
  url(path?: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Resolves when a service worker controls the page (after the first install) and has
   * fetched its warm step (guide pages, rare screens, export code): every route then works
   * offline.
   */
  waitForServiceWorker(page: Page): Promise<void>;
}

export { distDir };

export const test = base.extend<{ app: App }>({
  app: async ({ context }, use) => {
    const server = new StaticServer(distDir);
    await server.start();
    // Privacy: every request of the whole test, pages and service worker, stays on our origin.
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== server.origin) foreign.push(request.url());
    });
    await use({
      server,
      url: (path = '/') => `${server.origin}${path}`,
      start: () => server.start(),
      stop: () => server.stop(),
      // page.evaluate awaits the check (waitForFunction would take its promise as truthy).
      waitForServiceWorker: async (page) => {
        const ready = (urls: string[]) =>
          page.evaluate(async (warm) => {
            await navigator.serviceWorker.ready;
            if (navigator.serviceWorker.controller === null) return false;
            for (const url of warm) {
              if (!(await caches.match(url, { ignoreSearch: true }))) return false;
            }
            return true;
          }, urls);
        await expect
          .poll(() => ready(warmUrls()), { timeout: 30_000, intervals: [100] })
          .toBe(true);
      },
    });
    await server.stop();
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

export { expect };
