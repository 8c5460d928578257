import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { distDir } from './fixtures';
import { stepPlan, warmBeforeLanguages } from './builds';

// Checks of the production build itself (no browser needed).

/**
 * The CSP of docs/ARCHITECTURE.md, with the hashes of the page's one inline <script> (the entry
 * loader) and its one inline <style> (the critical CSS).
 */
const csp = (scriptHash: string, styleHash: string) =>
  `default-src 'self'; script-src 'self' ${scriptHash}; style-src 'self' ${styleHash}; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const read = (path: string) => readFileSync(join(distDir, path));
const gz = (path: string) => gzipSync(read(path), { level: 9 }).length;

function files(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [relative(distDir, full)];
  });
}

/**
 * The assets index.html makes the browser load: scripts, preloads and styles, and the entry its
 * loader requests after the first paint.
 */
function initialAssets(html: string) {
  const refs = [
    ...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href|data-entry)="\/([^"]+)"[^>]*>/g),
  ]
    .filter((m) => /<script|rel="(?:stylesheet|modulepreload)"/.test(m[0]))
    .map((m) => m[1]!);
  return [...new Set(refs)];
}

test('every HTML page carries the CSP, its style and its entry loader inline, allowed by hash', () => {
  const pages = files().filter((f) => f.endsWith('.html'));
  expect(pages).toContain('index.html');
  for (const page of pages) {
    const html = read(page).toString('utf8');
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);
    // The first paint needs no stylesheet request: the critical CSS is in the page.
    expect(styles, `${page}: one inline style`).toHaveLength(1);
    for (const link of html.match(/<link rel="stylesheet"[^>]*>/g) ?? []) {
      expect(link, `${page}: a stylesheet request`).toMatch(/ disabled>$/);
    }
    // The first paint needs no script request either: the one inline script, the entry loader,
    // requests the entry after that paint; no page names a script to fetch at once.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts, `${page}: one script element`).toHaveLength(1);
    const [, attributes, loader] = scripts[0]!;
    // It names the worker too: on a first visit it registers it at load (the app starts later).
    expect(attributes, page).toMatch(
      /^ data-entry="\/assets\/main-[\w-]+\.js" data-worker="\/sw\.js"$/,
    );
    expect(loader, page).toContain("getAttribute('data-entry')");
    const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
    expect(policy, page).toBe(csp(sha256(loader!), sha256(styles[0]!)));
    expect(policy, page).not.toMatch(/unsafe-inline/);
    expect(html, page).not.toMatch(/<link[^>]*rel="modulepreload"/);
    expect(html, page).not.toMatch(/\son[a-z]+="/);
    // The favicon is in the page (no request of its own), the same picture as the icon file.
    const favicon = html.match(/<link\s+rel="icon"[^>]*href="data:image\/svg\+xml,([^"]+)"/)?.[1];
    expect(favicon && decodeURIComponent(favicon).replace(/'/g, '"'), page).toBe(
      read('icons/icon.svg').toString('utf8').trim(),
    );
  }
});

const precachedUrls = () =>
  [
    ...read('sw.js')
      .toString('utf8')
      .matchAll(/"url":"([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));

test('the worker stores every JS and CSS asset once: the incident pages at install, the rest later', () => {
  const precached = precachedUrls();
  const { install, warm, demand } = stepPlan();
  // The precache manifest is the install step, each file once.
  expect(new Set(precached).size).toBe(precached.length);
  expect([...precached].sort()).toEqual([...install].sort());
  for (const f of ['index.html', 'manifest.webmanifest']) expect(precached).toContain(f);
  // What an incident needs first: the shell, home, the playbooks, the incident's pages.
  const chunk = (name: string) => precached.some((f) => new RegExp(`^assets/${name}-`).test(f));
  for (const name of ['main', 'HomePage', 'PlaybookPage', 'IncidentPage', 'NewIncidentPage']) {
    expect(chunk(name), `${name} at install`).toBe(true);
  }
  // Prerendered pages are not stored: offline, the shell renders them from the chunks.
  expect(precached.filter((f) => f.endsWith('.html'))).toEqual(['index.html']);
  // Team mode's code (PouchDB, its settings page) is kept at first use, only on phones that
  // turn it on: never in the install or warm step.
  expect(demand.filter((f) => /^assets\/team-sync-.*\.js$/.test(f))).toHaveLength(1);
  expect(demand.some((f) => /^assets\/TeamPage-/.test(f))).toBe(true);
  for (const f of warm) expect(f.url).not.toMatch(/team-sync|TeamPage|pouchdb/i);
  const later = [...warm.map((e) => e.url), ...demand];
  for (const f of later) expect(precached, `${f} in one step only`).not.toContain(f);
  const assets = files().filter((f) => /\.(js|css)$/.test(f) && f.startsWith('assets/'));
  for (const f of assets.filter((a) => !/\/prerender-/.test(a))) {
    expect(precached.includes(f) || later.includes(f), `${f} stored by the worker`).toBe(true);
  }
  for (const f of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png']) {
    expect(later, `${f} warmed`).toContain(f);
  }
});

test('each step’s pack carries exactly the step’s files, byte for byte, with their types', () => {
  const { install, warm, languages, packs } = stepPlan();
  // English and やさしい日本語 come in a download of their own, after the rest of the warm step.
  expect(languages.length).toBeGreaterThan(10);
  expect(languages.some((f) => /^assets\/en-.*\.js$/.test(f))).toBe(true);
  const warmUrls = warm.map((w) => w.url);
  for (const f of languages) expect(warmUrls, `${f} in the warm cache`).toContain(f);
  for (const [pack, urls] of [
    [packs.install, install],
    [packs.warm, warmBeforeLanguages()],
    [packs.languages, languages],
  ] as const) {
    const bytes = gunzipSync(read(pack));
    const length = bytes.readUInt32BE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as [
      string,
      string,
      number,
    ][];
    expect(header.map(([url]) => url)).toEqual(urls);
    let at = 4 + length;
    for (const [url, type, size] of header) {
      expect(bytes.subarray(at, at + size).equals(read(url)), url).toBe(true);
      expect(type, url).toMatch(
        url.endsWith('.js') ? /^text\/javascript/ : url.endsWith('.css') ? /^text\/css/ : /./,
      );
      at += size;
    }
    expect(at).toBe(bytes.length);
  }
});

test('budgets: home route ≤ 50 KB gzip in all, initial JS ≤ 35 KB gzip, precached at install ≤ 150 KB', () => {
  const html = read('index.html').toString('utf8');
  const assets = initialAssets(html);
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  const js = assets.filter((a) => a.endsWith('.js')).reduce((n, a) => n + gz(a), 0);
  const css = assets.filter((a) => a.endsWith('.css')).reduce((n, a) => n + gz(a), 0);
  const total = gz('index.html') + js + css;
  console.log(
    `home: html ${gz('index.html')} B, js ${js} B, css ${css} B, total ${total} B (gzip)`,
  );
  expect(js).toBeLessThanOrEqual(35 * 1024);
  expect(total).toBeLessThanOrEqual(50 * 1024);

  const precached = precachedUrls();
  const all = precached.reduce((n, f) => n + gz(f), 0) + gz('sw.js');
  const { warm, demand } = stepPlan();
  const later = [...warm.map((e) => e.url), ...demand].reduce((n, f) => n + gz(f), 0);
  const { packs } = stepPlan();
  const firstVisit = statSync(join(distDir, packs.install)).size + gz('sw.js');
  console.log(
    `precache: ${precached.length} files, ${all} B gzip; later steps ${later} B; ` +
      `first visit: install pack + sw.js ${firstVisit} B, warm pack ${statSync(join(distDir, packs.warm)).size} B, ` +
      `languages pack ${statSync(join(distDir, packs.languages)).size} B`,
  );
  // 127 KB when set; the rest is room for the features merged with it. Files one by one (an
  // update) and the first visit's pack both stay within it.
  expect(all).toBeLessThanOrEqual(150 * 1024);
  expect(firstVisit).toBeLessThanOrEqual(150 * 1024);
});
