import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

// The builds the browser tests (Chromium and WebKit) run against.

const root = resolve(import.meta.dirname, '../..');

/** Folder of the production build the tests run against. */
export const distDir = resolve(root, 'dist');

/** The worker's steps as the build wrote them (src/pwa/precache-plan.ts: precache-plan.json). */
export const stepPlan = (dir = distDir) =>
  JSON.parse(readFileSync(resolve(dir, 'precache-plan.json'), 'utf8')) as {
    install: string[];
    warm: { url: string }[];
    /** The warm files that come in the second download (other languages than Japanese). */
    languages: string[];
    demand: string[];
    packs: { install: string; warm: string; languages: string };
  };

/** The warm step's files that come before the languages step (its own pack), relative to the build. */
export const warmBeforeLanguages = (dir = distDir) => {
  const { warm, languages } = stepPlan(dir);
  const second = new Set(languages);
  return warm.map((w) => w.url).filter((url) => !second.has(url));
};

/** The files of the worker's warm step, as paths. */
export const warmUrls = (dir = distDir) => stepPlan(dir).warm.map((e) => `/${e.url}`);

/** The build ID that tells the second build apart (shown in `.shell[data-version]`). */
export const secondBuildId = 'update-test';

/**
 * Builds the same sources again into `outDir`, as a new version with its own build ID
 * (a deploy to test the update prompt against). Takes a few seconds.
 */
export function buildSecondVersion(outDir: string): string {
  const dir = resolve(root, outDir);
  // One build at a time: the prerender plugin shares a folder in node_modules, and two
  // builds from parallel test workers would remove each other's files.
  withBuildLock(() =>
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: root, env: { ...process.env, APP_BUILD_ID: secondBuildId }, stdio: 'inherit' },
    ),
  );
  return dir;
}

/** Runs `build` while holding a lock folder that other test processes respect. */
function withBuildLock(build: () => void): void {
  const lock = resolve(root, 'node_modules/.cache/second-build.lock');
  mkdirSync(resolve(lock, '..'), { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A lock left by a killed run (no build takes 5 minutes) is taken over.
    const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - since > 300_000) {
      rmSync(lock, { recursive: true, force: true });
    }
    if (Date.now() > deadline) throw new Error('another second build did not finish in time');
    // Wait for the other worker's build to release the lock (checked 5 times a second).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
