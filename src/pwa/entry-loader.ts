import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { rewritePages } from './html-pages';

/**
 * The loader's text as it goes into the pages (src/pwa/entry-loader.inline.js without its
 * whole-line comments and indentation: it is in every page, precached once per page).
 */
export const loaderText = () =>
  readFileSync(resolve(import.meta.dirname, 'entry-loader.inline.js'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');

/** The CSP source allowing exactly this inline script. */
export const scriptHash = (js: string) =>
  `'sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}'`;

/**
 * The page with its entry script replaced by the inline loader at the end of the body (which
 * names the entry in `data-entry` and the service worker in `data-worker`) and the loader's
 * hash in the CSP's script-src; unchanged without an entry script.
 */
export function inlineEntryLoader(html: string, loader: string, worker = '/sw.js'): string {
  const entry = html.match(
    /<script type="module"[^>]*\ssrc="(\/assets\/main-[^"]+\.js)"[^>]*><\/script>/,
  );
  if (!entry) return html;
  return html
    .replace(entry[0], '')
    .replace(
      '</body>',
      () => `<script data-entry="${entry[1]}" data-worker="${worker}">${loader}</script></body>`,
    )
    .replace("script-src 'self'", `script-src 'self' ${scriptHash(loader)}`);
}

/**
 * Build only: every prerendered page starts the app through the inline loader
 * (src/pwa/entry-loader.inline.js), so the entry is requested after the first contentful paint
 * (on a first visit, at the first input): the paint waits for no request but the page.
 */
export function entryLoader(): Plugin {
  let outDir = 'dist';
  let worker = '/sw.js';
  return {
    name: 'incident-navi:entry-loader',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      worker = `${config.base}sw.js`;
    },
    writeBundle(_options, bundle) {
      if (!Object.values(bundle).some((o) => o.type === 'chunk' && o.isEntry && o.name === 'main'))
        return;
      const loader = loaderText();
      rewritePages(outDir, (html) => inlineEntryLoader(html, loader, worker));
    },
  };
}
