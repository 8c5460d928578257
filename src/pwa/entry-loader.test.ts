import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inlineEntryLoader, loaderText, scriptHash } from './entry-loader';
import type { EarlyTap } from '../app/early-tap';

// The built pages' one inline script: the app's entry is requested only after the first paint.

const page = (script: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">${script}</head><body><h1>何が起きましたか？</h1></body></html>`;

describe('inlineEntryLoader (build)', () => {
  it('replaces the entry script by the loader, naming the entry, allowed by its hash', () => {
    const html = page('<script type="module" crossorigin src="/assets/main-AbC_12.js"></script>');
    const out = inlineEntryLoader(html, 'LOADER();');
    // At the end of the body: the page is parsed when it runs.
    expect(out).toContain(
      '<h1>何が起きましたか？</h1><script data-entry="/assets/main-AbC_12.js" data-worker="/sw.js">LOADER();</script></body>',
    );
    expect(out).not.toMatch(/<script[^>]*\ssrc=/);
    expect(out).toContain(`script-src 'self' ${scriptHash('LOADER();')};`);
    expect(scriptHash('LOADER();')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('puts the loader in the pages without its comments (it is in every page)', () => {
    expect(loaderText()).not.toMatch(/^\s*\/\//m);
    expect(loaderText()).toContain("getAttribute('data-entry')");
  });

  it('leaves a page without an entry script as it is', () => {
    const html = page('<script type="module" src="/assets/other-1.js"></script>');
    expect(inlineEntryLoader(html, 'LOADER();')).toBe(html);
  });
});

/** Runs the loader as the page would, from a script element naming `entry`. */
function runLoader(entry: string) {
  const script = document.createElement('script');
  script.setAttribute('data-entry', entry);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  new Function(loaderText())();
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
}

const started = () =>
  [...document.head.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));

describe('the entry loader (in the page)', () => {
  let report: ((names: string[]) => void) | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
    report = null;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
    delete (window as { incidentNaviInstallPrompt?: Event }).incidentNaviInstallPrompt;
    delete (window as EarlyTap).incidentNaviEarlyTap;
    delete (window as EarlyTap).incidentNaviEarlyChoice;
    delete (window as EarlyTap).incidentNaviPageWorks;
    document.body.innerHTML = '';
  });

  /** A PerformanceObserver that reports paint entries when the test says so. */
  function paintTiming() {
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'navigation'];
      constructor(callback: (list: unknown, observer: FakeObserver) => void) {
        report = (names) =>
          callback({ getEntriesByName: (n: string) => names.filter((x) => x === n) }, this);
      }
      observe() {}
      disconnect() {
        report = null;
      }
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
  }

  it('requests the entry once the first contentful paint is reported, and only once', () => {
    paintTiming();
    runLoader('/assets/main-x.js');
    expect(started()).toEqual([]);
    report!(['first-paint']);
    vi.advanceTimersByTime(1);
    expect(started()).toEqual([]);
    report!(['first-contentful-paint']);
    expect(report).toBeNull(); // the observer let go
    vi.advanceTimersByTime(1);
    expect(started()).toEqual(['/assets/main-x.js']);
    vi.runAllTimers(); // the fallback for a page that paints nothing changes nothing now
    expect(started()).toEqual(['/assets/main-x.js']);
  });

  it('starts after two frames and a pause when the page reports no contentful paint', () => {
    paintTiming();
    runLoader('/assets/main-y.js');
    vi.advanceTimersByTime(32 + 499);
    expect(started()).toEqual([]);
    vi.advanceTimersByTime(2); // counted painted at 532 ms, started in the next task
    expect(started()).toEqual(['/assets/main-y.js']);
  });

  it('starts after two frames where paint timing is not reported', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    runLoader('/assets/main-z.js');
    vi.advanceTimersByTime(16);
    expect(started()).toEqual([]);
    vi.advanceTimersByTime(17);
    expect(started()).toEqual(['/assets/main-z.js']);
  });

  it('keeps an install offer made before the app has started', () => {
    paintTiming();
    runLoader('/assets/main-x.js');
    const offer = new Event('beforeinstallprompt', { cancelable: true });
    window.dispatchEvent(offer);
    expect(offer.defaultPrevented).toBe(true);
    expect((window as { incidentNaviInstallPrompt?: Event }).incidentNaviInstallPrompt).toBe(offer);
  });

  it('keeps the button tapped before the page works, and nothing once it works', () => {
    paintTiming();
    runLoader('/assets/main-x.js');
    document.body.innerHTML =
      '<button type="button" id="leak"><span>情報漏えい</span></button><a href="/x">x</a>';
    document.querySelector('a')!.addEventListener('click', (e) => e.preventDefault());
    document.querySelector('a')!.click();
    expect((window as EarlyTap).incidentNaviEarlyTap).toBeUndefined(); // links work by themselves
    document.querySelector('span')!.click();
    expect((window as EarlyTap).incidentNaviEarlyTap).toBe(document.getElementById('leak'));
    (window as EarlyTap).incidentNaviEarlyTap = null;
    (window as EarlyTap).incidentNaviPageWorks = true;
    document.querySelector('span')!.click();
    expect((window as EarlyTap).incidentNaviEarlyTap).toBeNull();
  });

  it('keeps the choice made in a list before the page works, and nothing once it works', () => {
    paintTiming();
    runLoader('/assets/main-x.js');
    document.body.innerHTML =
      '<select id="lang"><option value="ja" selected>日本語</option><option value="en">English</option></select><input id="name">';
    const select = document.querySelector('select')!;
    document.querySelector('input')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect((window as EarlyTap).incidentNaviEarlyChoice).toBeUndefined();
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((window as EarlyTap).incidentNaviEarlyChoice).toEqual({ select, value: 'en' });
    (window as EarlyTap).incidentNaviEarlyChoice = null;
    (window as EarlyTap).incidentNaviPageWorks = true;
    select.value = 'ja';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((window as EarlyTap).incidentNaviEarlyChoice).toBeNull();
  });

  /**
   * A browser with service workers, preferring `languages`, whose IndexedDB holds `databases`;
   * returns the workers registered.
   */
  function device(languages: string[], databases: string[], registered = false) {
    const registrations: string[] = [];
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      get: () => ({
        getRegistration: () => Promise.resolve(registered ? {} : undefined),
        register: (url: string) => {
          registrations.push(url);
          return Promise.resolve({});
        },
      }),
    });
    vi.spyOn(indexedDB, 'databases').mockResolvedValue(
      databases.map((name) => ({ name, version: 1 })),
    );
    return registrations;
  }

  // Loaders of earlier tests still listen on the document: each test names its own entry.
  describe('when the app starts', () => {
    afterEach(() => {
      delete (navigator as { languages?: unknown }).languages;
      delete (navigator as { serviceWorker?: unknown }).serviceWorker;
      delete (window as { incidentNaviFirstInstall?: unknown }).incidentNaviFirstInstall;
      sessionStorage.clear();
      vi.restoreAllMocks();
    });

    function runLoaderWithWorker(entry: string) {
      const script = document.createElement('script');
      script.setAttribute('data-entry', entry);
      script.setAttribute('data-worker', '/sw.js');
      Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
      new Function(loaderText())();
      Object.defineProperty(document, 'currentScript', { configurable: true, get: () => null });
    }

    it('on a first visit: not at the paint but at the first touch, the worker registered at load', async () => {
      paintTiming();
      const registrations = device(['ja-JP', 'en'], []);
      runLoaderWithWorker('/assets/main-first-touch.js');
      report!(['first-contentful-paint']);
      await vi.advanceTimersByTimeAsync(1000);
      expect(started()).not.toContain('/assets/main-first-touch.js');
      expect(registrations).toEqual(['/sw.js']);
      await expect(
        (window as { incidentNaviFirstInstall?: Promise<boolean> }).incidentNaviFirstInstall,
      ).resolves.toBe(true);
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(1);
      expect(started()).toContain('/assets/main-first-touch.js');
    });

    it('on a first visit left alone: five seconds after the load', async () => {
      paintTiming();
      device(['ja'], ['another-app']);
      runLoaderWithWorker('/assets/main-left-alone.js');
      report!(['first-contentful-paint']);
      await vi.advanceTimersByTimeAsync(4990);
      expect(started()).not.toContain('/assets/main-left-alone.js');
      await vi.advanceTimersByTimeAsync(20);
      expect(started()).toContain('/assets/main-left-alone.js');
    });

    it('at the paint on a device that holds records, and the worker is the app’s to register', async () => {
      paintTiming();
      const registrations = device(['ja'], ['incident-navi'], true);
      runLoaderWithWorker('/assets/main-records.js');
      await vi.advanceTimersByTimeAsync(1);
      report!(['first-contentful-paint']);
      await vi.advanceTimersByTimeAsync(1);
      expect(started()).toContain('/assets/main-records.js');
      expect(registrations).toEqual([]);
      await expect(
        (window as { incidentNaviFirstInstall?: Promise<boolean> }).incidentNaviFirstInstall,
      ).resolves.toBe(false);
    });

    it('at the paint when the device has the worker already (another tab opened it)', async () => {
      paintTiming();
      device(['ja'], [], true);
      runLoaderWithWorker('/assets/main-other-tab.js');
      await vi.advanceTimersByTimeAsync(1);
      report!(['first-contentful-paint']);
      await vi.advanceTimersByTimeAsync(1);
      expect(started()).toContain('/assets/main-other-tab.js');
    });

    /** Whether the app, on this device and page, is requested at the paint (no input). */
    async function startsAtPaint(name: string): Promise<boolean> {
      paintTiming();
      runLoaderWithWorker(`/assets/main-${name}.js`);
      report!(['first-contentful-paint']); // painted before the device was looked at
      await vi.advanceTimersByTimeAsync(1);
      return started().includes(`/assets/main-${name}.js`);
    }

    it('at the paint on a device with records but no worker (the database is looked at)', async () => {
      device(['ja'], ['incident-navi']);
      expect(await startsAtPaint('records-no-worker')).toBe(true);
    });

    it('at the paint for a deep link, an address with a query, or a page with a text field', async () => {
      device(['ja'], []);
      document.body.innerHTML = '<div id="app"><div class="shell" data-path="/"></div></div>';
      window.history.replaceState(null, '', '/incidents/abc');
      expect(await startsAtPaint('deep-link')).toBe(true);
      document.documentElement.removeAttribute('data-other-page');
      window.history.replaceState(null, '', '/search?q=%E3%83%A9');
      document.body.innerHTML = '<div id="app"><div class="shell" data-path="/search"></div></div>';
      expect(await startsAtPaint('query')).toBe(true);
      window.history.replaceState(null, '', '/search');
      document.body.innerHTML =
        '<div id="app"><div class="shell" data-path="/search"><input type="search"></div></div>';
      expect(await startsAtPaint('text-field')).toBe(true);
      document.body.innerHTML = '<div id="app"><div class="shell" data-path="/search"></div></div>';
      expect(await startsAtPaint('nothing-to-type')).toBe(false);
      window.history.replaceState(null, '', '/');
    });

    it('at the paint when the database cannot be listed, or does not answer within a second', async () => {
      device(['ja'], []);
      vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('denied'));
      expect(await startsAtPaint('refused')).toBe(true);
      vi.spyOn(indexedDB, 'databases').mockReturnValue(new Promise(() => {}));
      expect(await startsAtPaint('silent')).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      expect(started()).toContain('/assets/main-silent.js');
    });

    it('tells the app of its first install on the tab’s later pages until the app has said it', async () => {
      device(['ja'], []);
      runLoaderWithWorker('/assets/main-first-page.js');
      await expect(
        (window as { incidentNaviFirstInstall?: Promise<boolean> }).incidentNaviFirstInstall,
      ).resolves.toBe(true);
      // A tap on a link loaded the next page: the worker is registered by now.
      device(['ja'], [], true);
      runLoaderWithWorker('/assets/main-next-page.js');
      await expect(
        (window as { incidentNaviFirstInstall?: Promise<boolean> }).incidentNaviFirstInstall,
      ).resolves.toBe(true);
      sessionStorage.removeItem('incident-navi-first-install'); // the app said it
      runLoaderWithWorker('/assets/main-later-page.js');
      await expect(
        (window as { incidentNaviFirstInstall?: Promise<boolean> }).incidentNaviFirstInstall,
      ).resolves.toBe(false);
    });

    it('at the paint when the browser prefers English (the page switches language)', async () => {
      paintTiming();
      device(['en-GB', 'ja'], []);
      runLoaderWithWorker('/assets/main-english.js');
      report!(['first-contentful-paint']);
      await vi.advanceTimersByTimeAsync(1);
      expect(started()).toContain('/assets/main-english.js');
    });
  });

  it('hides a prerendered page that is not the one asked for (a deep link served home)', () => {
    paintTiming();
    document.body.innerHTML = '<div id="app"><div class="shell" data-path="/guide/"></div></div>';
    window.history.replaceState(null, '', '/guide');
    runLoader('/assets/main-x.js');
    expect(document.documentElement.hasAttribute('data-other-page')).toBe(false);
    window.history.replaceState(null, '', '/incidents/abc');
    runLoader('/assets/main-x.js');
    expect(document.documentElement.hasAttribute('data-other-page')).toBe(true);
    document.documentElement.removeAttribute('data-other-page');
    window.history.replaceState(null, '', '/');
  });
});
