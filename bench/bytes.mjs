// Bytes: what the home route, the largest route and the precache weigh, gzip and brotli.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { phone, startApp, waitForWarmUp } from './browser.mjs';

/** Compressed sizes of one buffer (gzip -9 and brotli q11, as a static host would serve). */
export function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf).length,
  };
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });

/**
 * The assets index.html makes the browser load: scripts, modulepreloads, styles, and the entry
 * its inline loader requests after the first paint (data-entry).
 */
export function initialAssets(html) {
  const refs = [
    ...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href|data-entry)="\/([^"]+)"[^>]*>/g),
  ]
    .filter((m) => /<script|rel="(?:stylesheet|modulepreload)"/.test(m[0]))
    .map((m) => m[1]);
  return [...new Set(refs)];
}

/** Sizes read from the build folder: home (index.html + its assets) and the whole precache. */
export function staticBytes(distDir, floorHtml) {
  const file = (p) => compressed(readFileSync(join(distDir, p)));
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const assets = initialAssets(html);
  const js = assets
    .filter((a) => a.endsWith('.js'))
    .map(file)
    .reduce(add, zero());
  const css = assets
    .filter((a) => a.endsWith('.css'))
    .map(file)
    .reduce(add, zero());
  const htmlSize = file('index.html');
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const precached = [
    ...new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''))),
  ];
  const precache = precached.map(file).reduce(add, file('sw.js'));
  // The worker's later steps (src/pwa/precache-plan.ts): warmed when idle, or on first use.
  const plan = JSON.parse(readFileSync(join(distDir, 'precache-plan.json'), 'utf8'));
  const step = (urls) => ({ files: urls.length, total: urls.map(file).reduce(add, zero()) });
  return {
    homeStatic: { html: htmlSize, js, css, total: add(add(htmlSize, js), css), assets },
    precache: { files: precached.length + 1, total: precache },
    warm: step(plan.warm.map((e) => e.url)),
    languages: step(plan.languages ?? []),
    demand: step(plan.demand),
    // What a first visit downloads for each step: its pack (already gzipped, sent as it is).
    packs: {
      install: readFileSync(join(distDir, plan.packs.install)).length + file('sw.js').gzip,
      warm: readFileSync(join(distDir, plan.packs.warm)).length,
      languages: plan.packs.languages
        ? readFileSync(join(distDir, plan.packs.languages)).length
        : null,
    },
    floor: compressed(Buffer.from(floorHtml, 'utf8')),
  };
}

/** Loads one route in a fresh context (no service worker) and weighs every response. */
async function weighRoute(browser, origin, path) {
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() !== 200) return;
    bodies.push(
      response.body().then(
        (buf) => ({
          path: url.pathname,
          type: kind(response.headers()['content-type'] ?? ''),
          size: compressed(buf),
          started: response.request().timing().startTime,
        }),
        () => null,
      ),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  // What the route costs once used: a first visit's app starts at the first input.
  await startApp(page);
  // Home warms the type pages once idle after its start: wait for the end of that warm-up.
  if (path === '/') {
    await waitForWarmUp(page);
  }
  await page.waitForLoadState('networkidle');
  const links = await page.$$eval('a[href]', (as) =>
    as.map((a) => /** @type {HTMLAnchorElement} */ (a).href),
  );
  // Home warms the incident types' pages once idle (from its 'warm-type-pages' mark): apart.
  const warmFrom = await page.evaluate(() => {
    const mark = performance.getEntriesByName('warm-type-pages')[0];
    return mark ? performance.timeOrigin + mark.startTime : Infinity;
  });
  const all = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  const files = all.filter((f) => f.started < warmFrom);
  const warmed = all.filter((f) => f.started >= warmFrom);
  const byType = {};
  for (const f of files) byType[f.type] = add(byType[f.type] ?? zero(), f.size);
  return {
    path,
    total: files.map((f) => f.size).reduce(add, zero()),
    warmed: { files: warmed.length, total: warmed.map((f) => f.size).reduce(add, zero()) },
    byType,
    files: files.map((f) => ({ path: f.path, ...f.size })),
    links: links
      .map((l) => new URL(l))
      .filter((u) => u.origin === origin)
      .map((u) => u.pathname),
  };
}

const kind = (type) =>
  /javascript/.test(type) ? 'js' : /css/.test(type) ? 'css' : /html/.test(type) ? 'html' : 'other';

/** Crawls the app from / (same-origin links, up to `limit` routes) and weighs each route. */
export async function browserBytes(browser, origin, limit = 40) {
  const queue = ['/'];
  const seen = new Set(queue);
  const routes = [];
  while (queue.length && routes.length < limit) {
    const path = queue.shift();
    const route = await weighRoute(browser, origin, path);
    routes.push(route);
    for (const link of route.links) {
      const p = link.length > 1 ? link.replace(/\/+$/, '') : link;
      if (!seen.has(p) && !/\.[a-z0-9]+$/i.test(p)) {
        seen.add(p);
        queue.push(p);
      }
    }
  }
  const home = routes[0];
  const largest = routes.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
  const strip = ({ links: _links, files: _files, ...rest }) => rest;
  return {
    home: { ...strip(home), files: home.files },
    largest: { ...strip(largest), files: largest.files },
    routes: routes.map((r) => ({ path: r.path, gzip: r.total.gzip, brotli: r.total.brotli })),
  };
}
