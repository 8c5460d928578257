// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CSP_FILE, headerPolicy, metaPolicy, writeCspHeader } from '../../deploy/csp-header.mjs';

// deploy/csp-header.mjs: the server's CSP header is written from the built pages' meta tags.

/**
 * A page as the build writes it: the prerenderer's meta tag, the critical CSS and the entry
 * loader inline, each allowed by its hash.
 */
const built = readFileSync(resolve(import.meta.dirname, '../fixtures/deploy/index.html'), 'utf8');
const HASH = "'sha256-PqI/KH9u9k92hAahblsCMtHy7GFW8AbSYEy1rzuRXeo='";
const SCRIPT_HASH = "'sha256-M6SgAtL3Tm0TBRHaC4qSugCrW1pc7oa6nc2/BS3FECM='";

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A build folder with these pages (path → HTML). */
function build(pages: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'csp-header-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('the CSP header from the build', () => {
  it("carries the page's policy with its style and script hashes, and adds frame-ancestors", () => {
    expect(metaPolicy(built)).toContain(`style-src 'self' ${HASH};`);
    expect(metaPolicy(built)).toContain(`script-src 'self' ${SCRIPT_HASH};`);
    expect(headerPolicy(built)).toBe(
      `default-src 'self'; script-src 'self' ${SCRIPT_HASH}; style-src 'self' ${HASH}; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });

  it('writes the nginx line into the build, the same for every page', () => {
    const { file, policy } = writeCspHeader(
      build({ 'index.html': built, 'guide/index.html': built }),
    );
    expect(file).toBe(join(dir, CSP_FILE));
    const conf = readFileSync(file, 'utf8');
    expect(conf).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(conf).toContain(HASH);
    expect(conf.match(/^add_header/gm)).toHaveLength(1);
  });

  it("refuses a page whose inline style is not allowed by its policy's hashes", () => {
    const stale = built.replace(HASH, "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='");
    expect(() => headerPolicy(stale, 'index.html')).toThrow(/inline style .* not in .*style-src/);
    expect(() => writeCspHeader(build({ 'index.html': built, 'guide/index.html': stale }))).toThrow(
      /^guide\/index\.html: /,
    );
  });

  it("refuses a page whose inline script is not allowed by its policy's hashes", () => {
    const changed = built.replace("getAttribute('data-entry')", "getAttribute('data-other')");
    expect(() => headerPolicy(changed, 'index.html')).toThrow(
      /index\.html: its inline script .* not in .*script-src/,
    );
    // A script element with a src is no inline script: it needs no hash.
    const external = built.replace('</body>', '<script type="module" src="/a.js"></script></body>');
    expect(headerPolicy(external)).toBe(headerPolicy(built));
  });

  it('refuses pages with different policies, a page without one, a build without index.html', () => {
    const other = built.replace("connect-src 'self'", "connect-src 'self' https://sync.example");
    expect(() => writeCspHeader(build({ 'index.html': built, 'a/index.html': other }))).toThrow(
      /a\/index\.html: its CSP differs/,
    );
    const none = built.replace(/<meta\s+http-equiv[^>]*>/, '');
    expect(() => writeCspHeader(build({ 'index.html': none }))).toThrow(/no Content-Security/);
    expect(() => writeCspHeader(build({ '404/index.html': built }))).toThrow(/no index\.html/);
  });
});
