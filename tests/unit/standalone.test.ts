// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
/** Paths that lead out of the repository into the team's workspace. */
const OUTSIDE = /\.\.\/shared\b|\/work\/shared\b|\/work\/main\b/;

describe('the repository stands alone', () => {
  it('no tracked file reads or names a path in the workspace beside it', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && !/\.(png|ico|webp|jpg|zip|gz|bin)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((f) => {
      try {
        return OUTSIDE.test(readFileSync(join(root, f), 'utf8'));
      } catch {
        return false; // deleted in the work tree, not yet committed
      }
    });
    expect(offenders).toEqual([]);
  });

  it('links from the README only to files in the repository', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links.filter((l) => !/^[a-z]+:/.test(l)))
      expect(() => readFileSync(join(root, link)), link).not.toThrow();
  });
});
