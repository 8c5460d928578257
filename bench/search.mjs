// Search per keystroke, in Node: the whole guide's index and the queries of bench/search-entry.ts.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** CPU ms of one keystroke's search: median and p95 over `runs` rounds of every query. */
export async function measureSearch(runs) {
  const root = resolve(here, '..');
  const server = await createServer({
    root,
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'silent',
  });
  try {
    const { run } = await server.ssrLoadModule(join(here, 'search-entry.ts'));
    return run(root, runs);
  } finally {
    await server.close();
  }
}
