// Plain JavaScript so that both the browser tests (TypeScript, types in server.d.mts) and the
// bench (`node bench/run.mjs`, no build step) use this one server.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { proxyTeam } from './team-server.mjs';

/** @type {Record<string, string>} */
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

/**
 * A static host like the ones the README recommends: files as they are, /path → /path/index.html,
 * unknown extensionless paths → /index.html (SPA fallback). It can be stopped and started again
 * on the same port, so the browser keeps its origin while the network is "gone".
 */
export class StaticServer {
  /**
   * @param {string} root folder to serve; may be changed between stop() and start()
   * @param {{ gzip?: boolean }} [options] gzip: send text gzipped when the client accepts it,
   *   like a real host (the bench wants wire bytes)
   */
  constructor(root, options = {}) {
    this.root = root;
    this.port = 0;
    this.useGzip = options.gzip ?? false;
    /** @type {import('node:http').Server | null} */
    this.server = null;
    /** Gzipped bodies by file (the build does not change during a run). */
    this.gzipped = new Map();
    /** Team mode: the team server's URL that /couchdb/ forwards to (null: unreachable). */
    /** @type {string | null | undefined} */
    this.teamServer = undefined;
    /** Connections open through the proxy (cut when the team server becomes unreachable). */
    /** @type {Set<import('node:net').Socket>} */
    this.teamSockets = new Set();
    /** Every request served (path and Sec-Fetch-Dest: 'empty' for a fetch(), e.g. the worker's). */
    /** @type {{ path: string, dest: string }[]} */
    this.requests = [];
    /** Paths answered 503, as when the network drops before they arrive (the worker's later steps). */
    /** @type {Set<string>} */
    this.refused = new Set();
  }

  /** Team mode: makes the team server unreachable (null) or reachable again (its URL). */
  /** @param {string | null} target */
  setTeamServer(target) {
    this.teamServer = target;
    if (target === null) for (const socket of this.teamSockets) socket.destroy();
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const server = createServer((req, res) => {
      if (this.teamServer !== undefined && (req.url ?? '').startsWith('/couchdb/')) {
        const socket = req.socket;
        if (!this.teamSockets.has(socket)) {
          this.teamSockets.add(socket);
          socket.once('close', () => this.teamSockets.delete(socket));
        }
        proxyTeam(req, res, this.teamServer);
        return;
      }
      this.requests.push({
        path: req.url ?? '/',
        dest: String(req.headers['sec-fetch-dest'] ?? ''),
      });
      if (this.refused.has(new URL(req.url ?? '/', 'http://x').pathname)) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('unavailable');
        return;
      }
      void this.handle(req.url ?? '/').then(({ status, body, type, file }) => {
        /** @type {Record<string, string>} */
        const headers = { 'content-type': type, 'cache-control': 'no-cache' };
        if (this.useGzip) {
          headers.vary = 'accept-encoding';
          if (/gzip/.test(String(req.headers['accept-encoding'])) && compressible(type)) {
            body = this.gzip(file, body);
            headers['content-encoding'] = 'gzip';
          }
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

  /** @param {string} file @param {Buffer} body */
  gzip(file, body) {
    let out = file ? this.gzipped.get(file) : undefined;
    if (!out) {
      out = gzipSync(body, { level: 9 });
      if (file) this.gzipped.set(file, out);
    }
    return out;
  }

  /** @param {string} url */
  async handle(url) {
    let path;
    try {
      path = decodeURIComponent(new URL(url, 'http://x').pathname);
    } catch {
      return notFound();
    }
    const root = resolve(this.root);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return notFound();
    for (const candidate of [file, join(file, 'index.html')]) {
      const found = await stat(candidate).catch(() => null);
      if (found?.isFile()) return serve(candidate);
    }
    if (!extname(path)) return serve(join(root, 'index.html'));
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
    type: types[extname(file)] ?? 'application/octet-stream',
  };
}

function notFound() {
  return { status: 404, file: '', body: Buffer.from('not found'), type: 'text/plain' };
}
