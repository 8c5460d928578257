import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { WebDriver } from 'selenium-webdriver';
import { distDir } from '../e2e/builds';
import { StaticServer } from '../e2e/server.mjs';
import { startWebKitDriver, type WebKitDriver } from './driver';
import { WebKitPage } from './page';

/** What each WebKit test gets: the built app on its own origin, and a fresh browser. */
export interface WebKitTest {
  /** The app's static host; stop() cuts the network, start() brings it back on the same port. */
  server: StaticServer;
  /** A window of a fresh MiniBrowser (empty profile) on the app. */
  page: WebKitPage;
  /** Another MiniBrowser with an empty profile (a new phone), on the same origin. */
  freshBrowser(options?: { userAgent?: string }): Promise<WebKitPage>;
}

/**
 * Registers the hooks of a WebKit test file: one WebKitWebDriver for the file, and for each
 * test a new server and browser session, both closed after it.
 */
export function useWebKit(): WebKitTest {
  let driver: WebKitDriver;
  const sessions: WebDriver[] = [];
  const context = {} as WebKitTest;

  beforeAll(async () => {
    driver = await startWebKitDriver();
  });
  afterAll(async () => {
    await driver?.stop();
  });

  beforeEach(async () => {
    const server = new StaticServer(distDir);
    await server.start();
    const open = async (options?: { userAgent?: string }) => {
      // WebKitWebDriver runs one session at a time: a new browser replaces the previous one.
      await Promise.allSettled(sessions.splice(0).map((s) => s.quit()));
      const session = await driver.newSession(options);
      sessions.push(session);
      return new WebKitPage(session, () => server.origin);
    };
    context.server = server;
    context.page = await open();
    context.freshBrowser = open;
  });
  afterEach(async () => {
    await Promise.allSettled(sessions.splice(0).map((s) => s.quit()));
    await context.server.stop();
  });

  return context;
}
