import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { rewritePages } from './html-pages';

/** The page's entry script with `fetchpriority="low"` (unchanged when it has one already). */
export const lowPriorityEntry = (html: string) =>
  html.replace(
    /<script type="module"(?![^>]*fetchpriority)([^>]*src="\/assets\/main-[^"]+\.js")/,
    '<script type="module" fetchpriority="low"$1',
  );

/**
 * Build only: every prerendered page's entry script is fetched at low priority. The first paint
 * needs only the HTML and its inlined CSS; the script hydrates after that paint (src/main.tsx),
 * so it must not compete with the page, nor count as render-blocking for a browser (or a
 * Lighthouse simulation) that sees a high-priority script in the head.
 */
export function entryPriority(): Plugin {
  let outDir = 'dist';
  return {
    name: 'incident-navi:entry-priority',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      if (!Object.values(bundle).some((o) => o.type === 'chunk' && o.isEntry && o.name === 'main'))
        return;
      rewritePages(outDir, lowPriorityEntry);
    },
  };
}
