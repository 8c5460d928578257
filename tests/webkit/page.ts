import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WebDriver, WebElement } from 'selenium-webdriver';
import { warmUrls } from '../e2e/builds';

// A small page object over a WebDriver session that finds elements the way the component and
// Playwright tests do: by role and accessible name, by label, by text (Testing Library's own
// queries, run inside the page). Every wait is bounded and polls for a settled signal.

const require = createRequire(import.meta.url);
const testingLibrary = readFileSync(
  require.resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'),
  'utf8',
);

/** Text to match: exact string or a regular expression. */
export type Matcher = string | RegExp;

/** One step of a query; a list of steps searches each inside the previous one's match. */
export type Step =
  | { role: string; name?: Matcher; level?: number; checked?: boolean }
  | { label: Matcher; exact?: boolean }
  | { text: Matcher }
  | { css: string; hasText?: Matcher };

/** What to find: one step, or steps from the outside in. */
export type Query = Step | Step[];

type Wire = Record<string, unknown>;
const toWire = (m: Matcher | undefined) =>
  m instanceof RegExp ? { re: m.source, flags: m.flags } : m;

function serialise(query: Query): Wire[] {
  return (Array.isArray(query) ? query : [query]).map((step) => {
    const out: Wire = { ...step };
    for (const key of ['name', 'label', 'text', 'hasText'] as const) {
      if (key in step) out[key] = toWire((step as Record<string, Matcher>)[key]);
    }
    return out;
  });
}

const describe = (query: Query) =>
  JSON.stringify(serialise(query)).replace(/"re":"((?:[^"\\]|\\.)*)","flags":"\w*"/g, '/$1/');

// Runs inside the page: resolves the steps with Testing Library and returns visible matches.
const RESOLVE = `
const [steps] = arguments;
const TL = window.__testingLibrary;
const m = (w) => (w && typeof w === 'object' ? new RegExp(w.re, w.flags) : w);
const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
let found = [document.body];
for (const s of steps) {
  found = found.flatMap((c) => {
    if (s.role) {
      const opts = {};
      if (s.name !== undefined) opts.name = m(s.name);
      if (s.level !== undefined) opts.level = s.level;
      if (s.checked !== undefined) opts.checked = s.checked;
      return TL.queryAllByRole(c, s.role, opts);
    }
    if (s.label !== undefined) return TL.queryAllByLabelText(c, m(s.label), { exact: s.exact ?? true });
    if (s.text !== undefined) return TL.queryAllByText(c, m(s.text));
    const all = [...c.querySelectorAll(s.css)];
    if (s.hasText === undefined) return all;
    const t = m(s.hasText);
    return all.filter((el) => typeof t === 'string' ? el.textContent.includes(t) : t.test(el.textContent));
  }).filter(visible);
}
return found;
`;

/** Polls `probe` until it returns a value other than undefined, or fails after `timeout` ms. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}${last ? `: ${last}` : ''}`,
      );
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The app in one WebKit window, addressed by paths on the test server's origin. */
export class WebKitPage {
  constructor(
    readonly driver: WebDriver,
    private readonly origin: () => string,
  ) {}

  url(path = '/') {
    return `${this.origin()}${path}`;
  }

  async goto(path: string) {
    await this.driver.get(this.url(path));
  }

  async reload() {
    await this.driver.navigate().refresh();
  }

  async path(): Promise<string> {
    const url = new URL(await this.driver.getCurrentUrl());
    return url.pathname + url.search;
  }

  /** Opens a new window and closes the old one: no page of the app stays alive. */
  async replaceWindow() {
    const old = await this.driver.getWindowHandle();
    await this.driver.switchTo().newWindow('window');
    const fresh = await this.driver.getWindowHandle();
    await this.driver.switchTo().window(old);
    await this.driver.close();
    await this.driver.switchTo().window(fresh);
  }

  /** Runs a function (or a script body) in the page and returns its result. */
  async evaluate<T>(script: string | ((...args: never[]) => unknown), ...args: unknown[]) {
    return (await this.driver.executeScript(script, ...args)) as T;
  }

  /** Runs an async function in the page and returns what its promise resolves to. */
  async evaluateAsync<T>(fn: (...args: never[]) => Promise<unknown>, ...args: unknown[]) {
    const body = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ error: String(e && e.stack || e) }));`;
    const out = (await this.driver.executeAsyncScript(body, ...args)) as {
      ok?: T;
      error?: string;
    };
    if (out.error) throw new Error(out.error);
    return out.ok as T;
  }

  /** Every visible element the query matches now (no waiting). */
  async all(query: Query): Promise<WebElement[]> {
    const loaded = await this.evaluate<boolean>('return !!window.__testingLibrary');
    if (!loaded) {
      await this.evaluate(`${testingLibrary}; window.__testingLibrary = TestingLibraryDom;`);
    }
    return this.evaluate<WebElement[]>(RESOLVE, serialise(query));
  }

  /** The first visible match, waiting up to `timeout` ms for it to appear. */
  async find(query: Query, timeout = 10_000): Promise<WebElement> {
    try {
      return await waitFor(async () => (await this.all(query))[0], describe(query), timeout);
    } catch (error) {
      const where = await this.evaluate<string>(
        "return location.pathname + ' — ' + (document.querySelector('h1')?.textContent ?? 'no h1')",
      ).catch(() => 'unknown page');
      throw new Error(`${(error as Error).message} (on ${where})`, { cause: error });
    }
  }

  /** Waits until nothing visible matches. */
  async gone(query: Query, timeout = 10_000) {
    await waitFor(
      async () => ((await this.all(query)).length === 0 ? true : undefined),
      `no ${describe(query)}`,
      timeout,
    );
  }

  /**
   * Clicks like a person: scrolled to the middle of the screen first (WebDriver would scroll it
   * just into view, under the fixed bottom menu), then a real pointer click.
   */
  async click(query: Query, timeout = 10_000) {
    const element = await this.find(query, timeout);
    await this.evaluate("arguments[0].scrollIntoView({ block: 'center' })", element);
    await this.stable(element);
    await element.click();
  }

  /** Waits until the element keeps its place for two frames (as Playwright does before a click). */
  private async stable(element: WebElement) {
    await waitFor(
      async () =>
        (await this.evaluateAsync(async (el: Element) => {
          const box = () => JSON.stringify(el.getBoundingClientRect());
          const frame = () => new Promise((ok) => requestAnimationFrame(ok));
          const before = box();
          await frame();
          await frame();
          return before === box() || undefined;
        }, element)) as true | undefined,
      'the element to stop moving',
    );
  }

  /** Types into a field like a person (replacing what was there), then leaves it. */
  async fill(query: Query, value: string) {
    const field = await this.find(query);
    if (/^[\x20-\x7e]*$/.test(value)) {
      await field.clear();
      await field.sendKeys(value);
    } else {
      // Japanese arrives as an IME commits it: the whole string in one input event
      // (WebDriver's per-key typing of kanji into WebKitGTK now and then loses a character).
      await this.pick(query, value);
    }
    await this.evaluate('arguments[0].blur()', field);
  }

  /**
   * Sets a field's value the way a picker or an IME commit does (a value, then an input event): WebKitGTK's date
   * and time fields take typed digits per segment, not a typed ISO string.
   */
  async pick(query: Query, value: string) {
    const field = await this.find(query);
    await this.evaluate(
      `const [el, v] = arguments;
       const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
       Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v);
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
      field,
      value,
    );
  }

  async value(query: Query): Promise<string> {
    return (await (await this.find(query)).getAttribute('value')) ?? '';
  }

  /** Waits until the field's value equals `expected`. */
  async hasValue(query: Query, expected: string, timeout = 10_000) {
    await waitFor(
      async () => ((await this.value(query)) === expected ? true : undefined),
      `${describe(query)} to have value ${JSON.stringify(expected)}`,
      timeout,
    );
  }

  /** Waits until the path (with query string) matches. */
  async hasPath(expected: RegExp, timeout = 10_000): Promise<string> {
    return waitFor(
      async () => {
        const path = await this.path();
        return expected.test(path) ? path : undefined;
      },
      `the path to match ${expected}`,
      timeout,
    );
  }

  /**
   * Waits until a service worker controls the page (after the first install) and has fetched
   * its warm step (guide pages, rare screens, export code): every route then works offline.
   */
  async serviceWorkerControls() {
    await waitFor(
      async () =>
        (await this.evaluate<boolean>('return navigator.serviceWorker.controller !== null')) ||
        undefined,
      'a service worker to control the page',
      20_000,
    );
    const warm = warmUrls();
    await waitFor(
      async () =>
        (await this.evaluateAsync<boolean>(async (urls: string[]) => {
          for (const url of urls) {
            if (!(await caches.match(url, { ignoreSearch: true }))) return false;
          }
          return true;
        }, warm)) || undefined,
      'the service worker to fetch its warm step',
      30_000,
    );
  }
}
