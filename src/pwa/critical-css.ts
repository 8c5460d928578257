import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

import { rewritePages } from './html-pages';

/** The CSP source allowing exactly this inline style. */
export const styleHash = (css: string) =>
  `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * Build only: the entry's stylesheet goes into every HTML page as a <style> element, allowed
 * by its hash in the page's CSP (no 'unsafe-inline'), so the first paint needs no request after
 * the HTML. A lazy chunk sharing a module with the entry lists the entry's stylesheet among its
 * CSS dependencies: a disabled <link> to it (never fetched) tells Vite's preload it is loaded.
 */
export function criticalCss(): Plugin {
  let outDir = 'dist';
  return {
    name: 'incident-navi:critical-css',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const entry = Object.values(bundle).find((o) => o.type === 'chunk' && o.isEntry);
      const css = entry?.type === 'chunk' ? [...(entry.viteMetadata?.importedCss ?? [])] : [];
      if (css.length !== 1) return; // the prerender pass and the worker builds have none
      const file = css[0]!;
      const text = readFileSync(join(outDir, file), 'utf8').trim();
      const link = new RegExp(
        `<link rel="stylesheet"[^>]*href="/${file.replace('.', '\\.')}"[^>]*>`,
      );
      rewritePages(outDir, (html) =>
        link.test(html)
          ? html
              .replace(
                link,
                () => `<style>${text}</style><link rel="stylesheet" href="/${file}" disabled>`,
              )
              .replace("style-src 'self'", `style-src 'self' ${styleHash(text)}`)
          : html,
      );
    },
  };
}
