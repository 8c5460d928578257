import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
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

/**
 * Privacy: collects every request of a browser context (pages and service worker) that leaves
 * `origin`; the list is checked at the end of the test.
 */
export function foreignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

/** Resolves once a service worker controls the page and has stored its warm step (App). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  // page.evaluate awaits the check (waitForFunction would take its promise as truthy).
  const ready = (urls: string[]) =>
    page.evaluate(async (warm) => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller === null) return false;
      for (const url of warm) {
        if (!(await caches.match(url, { ignoreSearch: true }))) return false;
      }
      return true;
    }, urls);
  await expect.poll(() => ready(warmUrls()), { timeout: 30_000, intervals: [100] }).toBe(true);
}

export const test = base.extend<{ app: App }>({
  app: async ({ context }, use) => {
    const server = new StaticServer(distDir);
    await server.start();
    const foreign = foreignRequests(context, server.origin);
    await use({
      server,
      url: (path = '/') => `${server.origin}${path}`,
      start: () => server.start(),
      stop: () => server.stop(),
      waitForServiceWorker,
    });
    await server.stop();
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

export { expect };
