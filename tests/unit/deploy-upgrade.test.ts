// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// deploy/upgrade.sh: the new build's CSP header is loaded before sw.js, the file that makes the
// phones take (and store) the new pages, is copied. rsync and nginx are stand-ins that write
// down each call, in order.

const script = resolve(import.meta.dirname, '../../deploy/upgrade.sh');

let dir = '';
let build = '';
let site = '';
let log = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'upgrade-'));
  build = join(dir, 'dist');
  site = join(dir, 'site');
  log = join(dir, 'calls.log');
  mkdirSync(join(build, 'assets'), { recursive: true });
  for (const file of ['index.html', 'sw.js', 'nginx-csp.conf'])
    writeFileSync(join(build, file), '');
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin/rsync'), '#!/bin/sh\necho "rsync $*" >> "$CALLS"\n');
  chmodSync(join(dir, 'bin/rsync'), 0o755);
  writeFileSync(log, '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script with a stand-in nginx (failing `nginx -t` when asked to). */
function upgrade(options: { configBroken?: boolean } = {}) {
  const nginx = `echo "nginx $*" >> "$CALLS"; [ "$1" != -t ] || [ "$BROKEN" != 1 ]`;
  const run = spawnSync('sh', [script, build, site, 'sh', '-c', nginx, 'nginx'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
      CALLS: log,
      BROKEN: options.configBroken ? '1' : '0',
    },
  });
  return {
    status: run.status,
    stderr: run.stderr,
    calls: readFileSync(log, 'utf8').trim().split('\n'),
  };
}

describe('deploy/upgrade.sh', () => {
  it('copies the assets, then all but sw.js, checks and reloads nginx, and copies sw.js last', () => {
    const { status, calls } = upgrade();
    expect(status).toBe(0);
    expect(calls).toEqual([
      `rsync -a ${build}/assets/ ${site}/assets/`,
      `rsync -a --exclude /sw.js ${build}/ ${site}/`,
      'nginx -t',
      'nginx -s reload',
      `rsync -a ${build}/sw.js ${site}/sw.js`,
    ]);
  });

  it('stops before the reload and before sw.js when nginx finds the configuration broken', () => {
    const { status, calls } = upgrade({ configBroken: true });
    expect(status).not.toBe(0);
    // Nothing after the check: the phones keep the version they have.
    expect(calls.at(-1)).toBe('nginx -t');
  });

  it('refuses a folder that is not a build, and copies nothing', () => {
    rmSync(join(build, 'nginx-csp.conf'));
    const { status, stderr, calls } = upgrade();
    expect(status).toBe(1);
    expect(stderr).toContain('nginx-csp.conf is missing: build first');
    expect(calls).toEqual(['']);
  });
});
