import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Builds the same sources into `outDir` as a second version, told apart by its build id. */
export function buildSecondVersion(outDir: string): void {
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, APP_BUILD_ID: 'update-test' },
      stdio: 'inherit',
    },
  );
}
