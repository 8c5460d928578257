// A slow-4G link in front of a server, for requests the DevTools emulation of a page does not
// throttle (its service worker's): 150 ms round trip, 1.6 Mbps down shared by all responses.
import { createServer, request } from 'node:http';
import { slow4G } from './browser.mjs';

const CHUNK = 16 * 1024;

/** An HTTP proxy to `target` (an origin) with slow 4G's latency and download rate. */
export class SlowNetwork {
  constructor(
    target,
    { latency = slow4G.latency, bytesPerSecond = slow4G.downloadThroughput } = {},
  ) {
    this.target = new URL(target);
    this.latency = latency;
    this.bytesPerSecond = bytesPerSecond;
    this.linkFreeAt = 0;
    this.server = null;
  }

  get origin() {
    return `http://127.0.0.1:${this.server.address().port}`;
  }

  /** When the link has sent `bytes` more, queued after what it is already sending. */
  schedule(bytes) {
    const start = Math.max(Date.now(), this.linkFreeAt);
    this.linkFreeAt = start + (bytes / this.bytesPerSecond) * 1000;
    return this.linkFreeAt - Date.now();
  }

  async start() {
    const t0 = Date.now();
    this.server = createServer((req, res) => {
      if (process.env.BENCH_NET_LOG) console.error(`net +${Date.now() - t0} ${req.url}`);
      const upstream = request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          const body = [];
          answer.on('data', (d) => body.push(d));
          answer.on('end', () => {
            const data = Buffer.concat(body);
            // The round trip, then the body paced by the shared link.
            setTimeout(() => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              let sent = 0;
              const next = () => {
                if (sent >= data.length) {
                  if (process.env.BENCH_NET_LOG)
                    console.error(`done +${Date.now() - t0} ${req.url} ${data.length}`);
                  return res.end();
                }
                const piece = data.subarray(sent, sent + CHUNK);
                sent += piece.length;
                setTimeout(() => {
                  res.write(piece);
                  next();
                }, this.schedule(piece.length));
              };
              next();
            }, this.latency);
          });
        },
      );
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
    });
    await new Promise((ok) => this.server.listen(0, '127.0.0.1', ok));
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise((ok) => this.server.close(ok));
  }
}
