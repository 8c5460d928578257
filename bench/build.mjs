// Building the app into a private folder (dist/ is shared with the browser tests).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `vite build` into a temporary folder and returns it; BENCH_DIST reuses a build. */
export function buildApp(repoRoot) {
  if (process.env.BENCH_DIST) return process.env.BENCH_DIST;
  const outDir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const started = Date.now();
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      // Vite's log goes to stderr: stdout carries only the Markdown table.
      stdio: ['ignore', 2, 2],
    },
  );
  if (result.status !== 0 || !existsSync(join(outDir, 'index.html'))) {
    throw new Error(`bench: vite build failed (exit ${result.status})`);
  }
  console.error(`bench: built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}`);
  return outDir;
}
