// The Content-Security-Policy header for the web server, written from the build's own pages:
// every HTML page of dist/ carries the policy in a meta tag, with the SHA-256 of its inline
// critical CSS and of its inline entry loader; the header must allow the same, or the page
// renders unstyled and never starts. So the header is
// never copied by hand: this script (and the build, through cspHeaderPlugin) writes
// dist/nginx-csp.conf, which deploy/nginx.conf includes. Plain JavaScript, so that
// `node deploy/csp-header.mjs [dist]` runs on the server without a build step.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The file, inside the build folder, that the nginx configuration includes. */
export const CSP_FILE = 'nginx-csp.conf';

/** What only a header can say (a meta tag's frame-ancestors is ignored): never in a frame. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/** @param {string} text */
const decode = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The policy of a page's `<meta http-equiv="Content-Security-Policy">`, or null without one.
 * @param {string} html
 */
export function metaPolicy(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    /** @type {Record<string, string>} */
    const attrs = {};
    for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? '');
    }
    if (attrs['http-equiv']?.toLowerCase() === 'content-security-policy' && attrs.content) {
      return attrs.content.trim().replace(/\s+/g, ' ');
    }
  }
  return null;
}

/** The CSP source allowing exactly this inline text. @param {string} text */
const hashSource = (text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The directive's sources, or '' without it. @param {string} policy @param {string} name */
const directive = (policy, name) =>
  policy.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';

/**
 * The header's policy for one page: its meta policy plus what only a header can say. Throws when
 * the page has no policy, or when an inline `<style>` or `<script>` of the page is not allowed by
 * its hash.
 * @param {string} html @param {string} [name] the page, for the messages
 */
export function headerPolicy(html, name = 'the page') {
  const policy = metaPolicy(html);
  if (!policy) throw new Error(`${name}: no Content-Security-Policy meta tag`);
  const inline = [
    { kind: 'style', allowedBy: 'style-src', pattern: /<style\b[^>]*>([^<]*)<\/style>/gi },
    {
      kind: 'script',
      allowedBy: 'script-src',
      pattern: /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi,
    },
  ];
  for (const { kind, allowedBy, pattern } of inline) {
    const allowed = directive(policy, allowedBy);
    for (const [, text] of html.matchAll(pattern)) {
      const source = hashSource(text);
      if (!allowed.includes(source)) {
        throw new Error(
          `${name}: its inline ${kind} (${source}) is not in the policy's ${allowedBy}`,
        );
      }
    }
  }
  if (/["\\\n]/.test(policy)) throw new Error(`${name}: the policy cannot be quoted for nginx`);
  const extra = HEADER_ONLY.filter((d) => !policy.includes(d.split(' ')[0]));
  return [policy.replace(/;\s*$/, ''), ...extra].join('; ');
}

/** The nginx lines that send this policy on every answer. @param {string} policy */
export const cspConf = (policy) =>
  `# Written by deploy/csp-header.mjs from this build's CSP meta tags: do not edit.\n` +
  `add_header Content-Security-Policy "${policy}" always;\n`;

/** @param {string} dir @param {string} [prefix] @returns {string[]} */
const htmlFiles = (dir, prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? htmlFiles(dir, `${prefix}${d.name}/`)
      : d.name.endsWith('.html')
        ? [`${prefix}${d.name}`]
        : [],
  );

/**
 * Reads every HTML page of a build, checks that they share one policy (one header serves them
 * all), and writes `<dist>/nginx-csp.conf`. Returns the file's path and the header's policy.
 * @param {string} distDir
 */
export function writeCspHeader(distDir) {
  const dir = resolve(distDir);
  const pages = htmlFiles(dir);
  if (!pages.includes('index.html')) throw new Error(`${dir}: no index.html (build first)`);
  const policy = headerPolicy(readFileSync(join(dir, 'index.html'), 'utf8'), 'index.html');
  for (const page of pages) {
    const own = headerPolicy(readFileSync(join(dir, page), 'utf8'), page);
    if (own !== policy) throw new Error(`${page}: its CSP differs from index.html's`);
  }
  const file = join(dir, CSP_FILE);
  writeFileSync(file, cspConf(policy));
  return { file, policy };
}

/**
 * Vite plugin: every production build ends by writing its CSP header file, so dist/ always
 * carries the header that matches its pages (after the critical CSS put its hash in them).
 * @returns {import('vite').Plugin}
 */
export function cspHeaderPlugin() {
  return {
    name: 'incident-navi:csp-header',
    apply: 'build',
    closeBundle: {
      order: 'post',
      handler() {
        const { root, build } = this.environment.config;
        writeCspHeader(resolve(root, build.outDir));
      },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { file, policy } = writeCspHeader(process.argv[2] ?? 'dist');
  console.log(`${file}\nContent-Security-Policy: ${policy}`);
}
