// Micro-bench of the summary builder in Node: `node bench/summary-micro.mjs [runs] [entries]`.
// Bundles bench/summary-micro-entry.ts with Vite (the app's plugins read the YAML), builds every format of an incident with
// 1,000 timeline entries `runs` times and prints the median per format (first build apart).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const server = await createServer({
  root: join(here, '..'),
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'silent',
});
try {
  const { run } = await server.ssrLoadModule(join(here, 'summary-micro-entry.ts'));
  const runs = Number(process.argv[2]) || 30;
  const entries = Number(process.argv[3]) || 1000;
  console.log(JSON.stringify(run(runs, entries), null, 2));
} finally {
  await server.close();
}
