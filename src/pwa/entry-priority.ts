import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Every HTML file below `dir`, as paths relative to it. */
export const htmlFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? htmlFiles(dir, `${prefix}${d.name}/`)
      : d.name.endsWith('.html')
        ? [`${prefix}${d.name}`]
        : [],
  );

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
      for (const page of htmlFiles(outDir)) {
        const path = join(outDir, page);
        const html = readFileSync(path, 'utf8');
        const out = lowPriorityEntry(html);
        if (out !== html) writeFileSync(path, out);
      }
    },
  };
}
