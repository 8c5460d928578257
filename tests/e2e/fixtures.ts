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
export async function waitForServiceWorker(page: Page, urls = warmUrls()): Promise<void> {
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
  await expect.poll(() => ready(urls), { timeout: 30_000, intervals: [100] }).toBe(true);
}

/**
 * Resolves once device setting `key` holds `value` in IndexedDB: the screen changes before the
 * write commits. Never opens a database that does not exist (an open would create an empty one).
 */
export async function waitForSetting(page: Page, key: string, value: unknown): Promise<void> {
  const stored = () =>
    page.evaluate(async (k) => {
      const names = await indexedDB.databases();
      if (!names.some((d) => d.name === 'incident-navi')) return undefined;
      return new Promise<unknown>((resolve, reject) => {
        const req = indexedDB.open('incident-navi');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('settings')) {
            db.close();
            resolve(undefined);
            return;
          }
          const get = db.transaction('settings').objectStore('settings').get(k);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { value?: unknown } | undefined)?.value);
          };
          get.onerror = () => reject(get.error);
        };
      });
    }, key);
  await expect.poll(stored, { timeout: 10_000, intervals: [50] }).toEqual(value);
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
