import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// The builds the browser tests (Chromium and WebKit) run against.

const root = resolve(import.meta.dirname, '../..');

/** Folder of the production build the tests run against. */
export const distDir = resolve(root, 'dist');

/** The build ID that tells the second build apart (shown in `.shell[data-version]`). */
export const secondBuildId = 'update-test';

/**
 * Builds the same sources again into `outDir`, as a new version with its own build ID
 * (a deploy to test the update prompt against). Takes a few seconds.
 */
export function buildSecondVersion(outDir: string): string {
  const dir = resolve(root, outDir);
  execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, APP_BUILD_ID: secondBuildId },
    stdio: 'inherit',
  });
  return dir;
}
