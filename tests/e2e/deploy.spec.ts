import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from '@playwright/test';
import { metaPolicy } from '../../deploy/csp-header.mjs';
import { checkProductionConfig, Nginx } from './deploy-nginx';
import { distDir, foreignRequests, waitForServiceWorker } from './fixtures';
import { startIncident } from './incident';
import { isolateItem } from './journey-data';
import { item, tick } from './record-actions';
import { test as teamTest, expect, alice, bob, joinTeam, otherPhone } from './team';
import { trapScript } from './hostile';

// The deployment of deploy/: real nginx with deploy/incident-navi.locations.conf over the
// built dist/ and its generated CSP header, a CouchDB-compatible server behind /couchdb/.

/** nginx over dist/, with the worker's team server (tests/e2e/team.ts) behind /couchdb/. */
const test = teamTest.extend<{ site: Nginx }>({
  site: async ({ context, teamServer }, use) => {
    const nginx = new Nginx(distDir, new URL(teamServer.url).host);
    await nginx.start();
    const foreign = foreignRequests(context, nginx.origin);
    await use(nginx);
    await nginx.dispose();
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

const indexHtml = () => readFileSync(join(distDir, 'index.html'), 'utf8');

/** Every header deploy/ promises on every answer, errors included. */
const securityHeaders = () => ({
  'content-security-policy': `${metaPolicy(indexHtml())}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': expect.stringMatching(/^camera=\(self\), .*microphone=\(\)/),
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
});

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Opens a URL in Chromium and returns what nginx answered. */
async function open(page: Page, url: string): Promise<Response> {
  const response = await page.goto(url);
  if (!response) throw new Error(`no response for ${url}`);
  return response;
}

test.describe('answers, as the browser receives them (no service worker)', () => {
  test.use({ serviceWorkers: 'block' });

  test('every security header on every answer; Cache-Control by kind; deep links get index.html; a missing asset is a 404', async ({
    page,
    site,
  }) => {
    const policy = metaPolicy(indexHtml())!;
    // The header carries the build's hashes: made from the page, never by hand.
    expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    const script = /<script data-entry="\/(assets\/[^"]+\.js)"/.exec(indexHtml())![1]!;
    // Every answer from nginx itself (the HTTP cache keeps no Strict-Transport-Security).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

    expect(existsSync(join(distDir, 'sw.js.map')), 'the build writes sw.js.map').toBe(true);
    const cases: { path: string; status: number; cache?: string; type?: RegExp; body?: string }[] =
      [
        { path: '/', status: 200, cache: NO_CACHE, type: /text\/html/, body: 'index.html' },
        {
          path: '/incidents/3f2b9c1e-0000-4000-8000-000000000000/record',
          status: 200,
          cache: NO_CACHE,
          body: 'index.html',
        },
        { path: '/guide', status: 200, cache: NO_CACHE, body: 'guide/index.html' },
        { path: '/sw.js', status: 200, cache: NO_CACHE, type: /javascript/ },
        {
          path: '/manifest.webmanifest',
          status: 200,
          cache: NO_CACHE,
          type: /^application\/manifest\+json/,
        },
        { path: `/${script}`, status: 200, cache: IMMUTABLE, type: /javascript/ },
        { path: '/assets/HomePage-missing0.js', status: 404 },
        { path: '/icons/no-such-icon.png', status: 404 },
        { path: '/nginx-csp.conf', status: 404 },
        // The build has it (the service worker's source map): never served.
        { path: '/sw.js.map', status: 404 },
        { path: '/couchdb/_all_dbs', status: 403 },
        { path: '/couchdb/_utils/', status: 403 },
      ];
    for (const c of cases) {
      const response = await open(page, site.url(c.path));
      const headers = await response.allHeaders();
      expect(response.status(), c.path).toBe(c.status);
      expect(headers, c.path).toMatchObject(securityHeaders());
      expect(headers['cache-control'], c.path).toBe(c.cache);
      if (c.type) expect(headers['content-type'], c.path).toMatch(c.type);
      if (c.body)
        expect(await response.text(), c.path).toBe(readFileSync(join(distDir, c.body), 'utf8'));
    }
    // Text goes out compressed.
    const asset = await open(page, site.url(`/${script}`));
    expect(asset.headers()['content-encoding']).toBe('gzip');
    // /couchdb/ reaches the team server: its welcome, with its version.
    const couch = await page.request.get(site.url('/couchdb/'));
    expect(couch.status()).toBe(200);
    expect(await couch.json()).toMatchObject({ version: expect.any(String) });
  });
});

test('a source map in assets/ is a 404 too, beside its script, which is served', async ({
  request,
}) => {
  // The build writes none there today; a build folder with one shows what nginx would do.
  const root = mkdtempSync(join(tmpdir(), 'navi-maps-'));
  mkdirSync(join(root, 'assets'));
  for (const file of ['index.html', 'nginx-csp.conf'])
    copyFileSync(join(distDir, file), join(root, file));
  writeFileSync(
    join(root, 'assets/app-Bx1.js'),
    'export {};\n//# sourceMappingURL=app-Bx1.js.map\n',
  );
  writeFileSync(join(root, 'assets/app-Bx1.js.map'), '{"version":3,"sources":["src/app.ts"]}');
  const nginx = new Nginx(root, '127.0.0.1:9');
  try {
    await nginx.start();
    const script = await request.get(nginx.url('/assets/app-Bx1.js'));
    expect(script.status()).toBe(200);
    const map = await request.get(nginx.url('/assets/app-Bx1.js.map'));
    expect(map.status()).toBe(404);
    expect(map.headers()).toMatchObject(securityHeaders());
    expect(await map.text()).not.toContain('src/app.ts');
  } finally {
    await nginx.dispose();
    rmSync(root, { recursive: true, force: true });
  }
});

test('installed through nginx, the app opens offline once nginx is stopped: a reload, deep links', async ({
  page,
  site,
}) => {
  await page.addInitScript(trapScript);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Permissions-Policy|Refused/i.test(m.text())) {
      problems.push(m.text());
    }
  });
  await page.goto(site.url('/'));
  await expect(page.getByRole('heading', { level: 1, name: /何が起きましたか/ })).toBeVisible();
  await waitForServiceWorker(page);
  await site.stop();
  await expect(fetch(site.origin)).rejects.toThrow();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /何が起きましたか/ })).toBeVisible();
  for (const [path, heading] of [
    ['/guide/ransomware', /ランサムウェア感染の場合/],
    ['/incidents/new?type=ransomware', /対応を開始/],
    ['/prep/card', /緊急カード/],
  ] as const) {
    await page.goto(site.url(path));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('team mode through nginx: two phones sync a tick live and a 4 MiB photo through /couchdb/', async ({
  page,
  browser,
  site,
  teamServer,
}) => {
  const team = { db: `deploy-${Date.now().toString(36)}`, passphrase: '配備の合言葉 2026' };
  await teamServer.createTeam(team.db, [alice, bob]);
  const path = await startIncident(
    page,
    site.url('/incidents/new?type=ransomware'),
    'ランサムウェア感染',
  );
  await joinTeam(page, site.url('/settings/team'), team, alice);

  // More than nginx's default request size (1 MB): the proxy must let it through.
  const photo = randomBytes(4 * 1024 * 1024);
  const sha = createHash('sha256').update(photo).digest('hex');
  await page.goto(site.url(`${path}/evidence`));
  await page.getByLabel('写真を撮って保存').setInputFiles({
    name: 'screen.png',
    mimeType: 'image/png',
    buffer: photo,
  });
  await expect(page.getByRole('status').filter({ hasText: '保存済み: screen.png' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '同期済み' })).toBeVisible({
    timeout: 30_000,
  });

  const phoneB = await otherPhone(browser);
  await joinTeam(phoneB, site.url('/settings/team'), team, bob);
  await phoneB.goto(site.url(`${path}/evidence`));
  await expect(phoneB.locator('code.sha256', { hasText: sha })).toBeVisible({ timeout: 30_000 });

  // Phone B stays on the incident page: A's tick arrives through the live changes feed.
  await phoneB.goto(site.url(path));
  await page.goto(site.url(path));
  await tick(page, isolateItem);
  await expect(
    item(phoneB, isolateItem).getByRole('button', { name: /完了/ }).first(),
  ).toHaveAttribute('aria-pressed', 'true', { timeout: 20_000 });

  // It all went through nginx's /couchdb/ (pushes, pulls, the feed).
  const log = site.accessLog();
  // None refused by the proxy itself (forbidden, too large, upstream down or slow).
  expect(
    log.split('\n').filter((line) => /^\S+ \/couchdb\/\S* (403|413|502|504)$/.test(line)),
  ).toEqual([]);
  expect(log).toMatch(new RegExp(`POST /couchdb/${team.db}/_bulk_docs 201`));
  expect(log).toMatch(new RegExp(`GET /couchdb/${team.db}/_changes\\?\\S* 200`));
  await phoneB.context().close();
});

test('deploy/nginx.conf as shipped passes nginx -t (TLS, redirect, includes)', () => {
  const { status, output } = checkProductionConfig(distDir);
  expect(output).toContain('test is successful');
  expect(status).toBe(0);
});
