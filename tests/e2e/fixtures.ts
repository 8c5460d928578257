import { test as base, expect, type Page } from '@playwright/test';
import { StaticServer } from './server.mjs';
import { distDir } from './builds';

/** The built app, served for one test; stoppable to simulate a cut network. */
export interface App {
  server: StaticServer;
  url(path?: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when a service worker controls the page (after the first install). */
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
      waitForServiceWorker: async (page) => {
        await page.waitForFunction(
          async () => {
            await navigator.serviceWorker.ready;
            return navigator.serviceWorker.controller !== null;
          },
          undefined,
          { timeout: 20_000 },
        );
      },
    });
    await server.stop();
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

export { expect };
