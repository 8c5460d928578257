// A static host for the bench, ported from tests/e2e/server.ts: files as they are,
// /path → /path/index.html, unknown extensionless paths → /index.html (SPA fallback).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves one folder on 127.0.0.1; stop() and start() keep the port (same origin). */
export class StaticServer {
  /** @param {string} root */
  constructor(root) {
    this.root = resolve(root);
    this.port = 0;
    /** @type {import('node:http').Server | null} */
    this.server = null;
    /** Gzipped bodies by file (the build does not change during a run). */
    this.gzipped = new Map();
  }

  /** @param {string} file @param {Buffer} body */
  gzip(file, body) {
    let out = file ? this.gzipped.get(file) : undefined;
    if (!out) {
      out = gzipSync(body, { level: 9 });
      if (file) this.gzipped.set(file, out);
    }
    return out;
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const server = createServer((req, res) => {
      void this.handle(req.url ?? '/').then(({ status, body, type, file }) => {
        const headers = {
          'content-type': type,
          'cache-control': 'no-cache',
          vary: 'accept-encoding',
        };
        // Like any real static host: text goes out gzipped, so the slow-4G emulation sees
        // wire bytes. The floor page is served the same way.
        if (/gzip/.test(String(req.headers['accept-encoding'])) && compressible(type)) {
          body = this.gzip(file ?? '', body);
          headers['content-encoding'] = 'gzip';
        }
        res.writeHead(status, headers);
        res.end(body);
      });
    });
    await new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => ok(undefined));
    });
    this.port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
    this.server = server;
  }

  async stop() {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise((ok) => server.close(() => ok(undefined)));
  }

  /** @param {string} url */
  async handle(url) {
    let path;
    try {
      path = decodeURIComponent(new URL(url, 'http://x').pathname);
    } catch {
      return notFound();
    }
    const file = normalize(join(this.root, path));
    if (!file.startsWith(this.root)) return notFound();
    for (const candidate of [file, join(file, 'index.html')]) {
      const found = await stat(candidate).catch(() => null);
      if (found?.isFile()) return serve(candidate);
    }
    if (!extname(path)) return serve(join(this.root, 'index.html'));
    return notFound();
  }
}

/** @param {string} type */
const compressible = (type) => /text|javascript|json|svg|manifest/.test(type);

/** @param {string} file */
async function serve(file) {
  return {
    status: 200,
    file,
    body: await readFile(file),
    type: types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
  };
}

function notFound() {
  return { status: 404, file: null, body: Buffer.from('not found'), type: 'text/plain' };
}
