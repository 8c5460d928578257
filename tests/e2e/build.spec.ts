import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { distDir } from './fixtures';

// Checks of the production build itself (no browser needed).

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const read = (path: string) => readFileSync(join(distDir, path));
const gz = (path: string) => gzipSync(read(path), { level: 9 }).length;

function files(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [relative(distDir, full)];
  });
}

/** The assets index.html makes the browser load at once: scripts, preloads and styles. */
function initialAssets(html: string) {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/([^"]+)"[^>]*>/g)]
    .filter((m) => /<script|rel="(?:stylesheet|modulepreload)"/.test(m[0]))
    .map((m) => m[1]!);
  return [...new Set(refs)];
}

test('every HTML page carries the CSP and no inline script', () => {
  const pages = files().filter((f) => f.endsWith('.html'));
  expect(pages).toContain('index.html');
  for (const page of pages) {
    const html = read(page).toString('utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
    expect(csp, page).toBe(CSP);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      expect(tag, `${page}: inline script`).toMatch(/\bsrc="/);
    }
    expect(html, page).not.toMatch(/\son[a-z]+="/);
  }
});

test('the service worker precaches index.html, the manifest, every JS and CSS asset but team mode’s', () => {
  const sw = read('sw.js').toString('utf8');
  const precached = new Set(
    [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, '')),
  );
  expect(precached.has('index.html')).toBe(true);
  expect(precached.has('manifest.webmanifest')).toBe(true);
  const html = files().filter((f) => f.endsWith('.html'));
  const assets = files().filter((f) => /\.(js|css)$/.test(f) && f.startsWith('assets/'));
  const buildOnly = assets.filter((f) => /\/prerender-/.test(f));
  // Team mode's code (PouchDB, its settings page) is cached at first use, only on phones
  // that turn it on.
  const onDemand = assets.filter((f) => /\/(team-sync|TeamPage)-/.test(f));
  expect(onDemand.filter((f) => /\/team-sync-.*\.js$/.test(f))).toHaveLength(1);
  for (const f of onDemand) expect(precached.has(f), `${f} not precached`).toBe(false);
  for (const f of [
    ...html,
    ...assets.filter((a) => !buildOnly.includes(a) && !onDemand.includes(a)),
  ]) {
    expect(precached.has(f), `${f} precached`).toBe(true);
  }
  for (const f of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png']) {
    expect(precached.has(f), `${f} precached`).toBe(true);
  }
});

test('budgets: home route ≤ 50 KB gzip in all, initial JS ≤ 35 KB gzip, all precached ≤ 300 KB', () => {
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

  const sw = read('sw.js').toString('utf8');
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  const all = precached.reduce((n, f) => n + gz(f), 0) + gz('sw.js');
  console.log(`precache: ${precached.length} files, ${all} B gzip`);
  expect(all).toBeLessThanOrEqual(300 * 1024);
});
