import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML file below `dir`, as paths relative to it. */
export const htmlFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? htmlFiles(dir, `${prefix}${d.name}/`)
      : d.name.endsWith('.html')
        ? [`${prefix}${d.name}`]
        : [],
  );

/** Rewrites every built HTML page below `dir` (build plugins); a page left as it is is not written. */
export function rewritePages(dir: string, rewrite: (html: string) => string): void {
  for (const page of htmlFiles(dir)) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    const out = rewrite(html);
    if (out !== html) writeFileSync(path, out);
  }
}
