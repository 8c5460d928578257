import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
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
  private server: Server | null = null;
  port = 0;
  constructor(public root: string) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      void this.handle(req.url ?? '/').then(({ status, body, type }) => {
        res.writeHead(status, {
          'content-type': type,
          'cache-control': 'no-cache',
        });
        res.end(body);
      });
    });
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => ok());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }

  private async handle(url: string) {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
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

async function serve(file: string) {
  return {
    status: 200,
    body: await readFile(file),
    type: types[extname(file)] ?? 'application/octet-stream',
  };
}

function notFound() {
  return { status: 404, body: Buffer.from('not found'), type: 'text/plain' };
}
