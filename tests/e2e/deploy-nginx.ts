import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort } from './team-server.mjs';

// Real nginx for the deployment test: Debian's package, run with deploy/'s configuration from a
// temporary prefix (its own pid, logs and temp folders), on a free port of 127.0.0.1.

/** The deploy/ folder of the repository. */
export const deployDir = resolve(import.meta.dirname, '../../deploy');

/** The nginx binary: Debian's package, or NGINX_PATH. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Fails with what to do when nginx is not installed. */
function requireNginx(): void {
  if (!existsSync(nginxPath)) {
    throw new Error(
      `nginx not found at ${nginxPath}: install Debian's package (apt-get install nginx, as ` +
        '.ci/run does) or set NGINX_PATH to an nginx binary.',
    );
  }
}

/** The mime.types of this nginx, beside its compiled-in nginx.conf (`nginx -V` says where). */
function mimeTypes(): string {
  const info = spawnSync(nginxPath, ['-V'], { encoding: 'utf8' }).stderr;
  const conf = /--conf-path=(\S+)/.exec(info)?.[1] ?? '/etc/nginx/nginx.conf';
  return join(dirname(conf), 'mime.types');
}

/** A path, quoted for nginx's configuration. */
const q = (path: string) => JSON.stringify(path);

/** Temp folders nginx would otherwise put under /var/lib/nginx. */
const tempPaths = (dir: string) =>
  ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${q(join(dir, name))};`)
    .join('\n');

/**
 * nginx serving `root` (a build) with deploy/incident-navi.locations.conf and the build's own
 * nginx-csp.conf, as deploy/nginx.conf does, but on plain HTTP at 127.0.0.1 (a secure origin
 * for service workers) and with `/couchdb/` going to `couchdb` (host:port).
 */
export class Nginx {
  readonly dir: string;
  port = 0;
  private child: ChildProcess | null = null;
  private output = '';

  constructor(
    private readonly root: string,
    private readonly couchdb: string,
  ) {
    requireNginx();
    if (!existsSync(join(root, 'nginx-csp.conf'))) {
      throw new Error(`${root}/nginx-csp.conf is missing: build again (npx vite build writes it)`);
    }
    this.dir = mkdtempSync(join(tmpdir(), 'navi-nginx-'));
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path = '/'): string {
    return `${this.origin}${path}`;
  }

  /** The access log so far (one line per request: method, path, status). */
  accessLog(): string {
    return readFileSync(join(this.dir, 'access.log'), 'utf8');
  }

  private writeConfig(): string {
    const file = join(this.dir, 'nginx.conf');
    // As root (CI), the workers stay root too: they must read the checkout wherever it is.
    const user = process.getuid?.() === 0 ? 'user root root;\n' : '';
    writeFileSync(
      file,
      `${user}daemon off;
worker_processes 1;
pid ${q(join(this.dir, 'nginx.pid'))};
error_log stderr warn;
events { worker_connections 256; }
http {
  include ${q(mimeTypes())};
  default_type application/octet-stream;
  log_format navi '$request_method $request_uri $status';
  access_log ${q(join(this.dir, 'access.log'))} navi;
${tempPaths(this.dir)}
  upstream incident_navi_couchdb { server ${this.couchdb}; keepalive 16; }
  server {
    listen 127.0.0.1:${this.port};
    root ${q(this.root)};
    include ${q(join(this.root, 'nginx-csp.conf'))};
    include ${q(join(deployDir, 'incident-navi.locations.conf'))};
  }
}
`,
    );
    return file;
  }

  /** Starts nginx (on the same port again after stop()) and waits until it answers. */
  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const conf = this.writeConfig();
    this.output = '';
    const child = spawn(nginxPath, ['-p', this.dir, '-c', conf, '-e', 'stderr'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout.on('data', (d) => (this.output += d));
    child.stderr.on('data', (d) => (this.output += d));
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nginx exited:\n${this.output}`);
      const up = await fetch(this.origin, { method: 'HEAD' }).then(
        () => true,
        () => false,
      );
      if (up) return;
      if (Date.now() > deadline) throw new Error(`nginx did not answer:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops nginx at once (fast shutdown: open connections are cut): the network is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise((ok) => {
      child.once('exit', ok);
      child.kill('SIGTERM');
    });
  }

  /** Stops nginx and removes its folder. */
  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * deploy/nginx.conf itself, as a server would load it: placed in a folder with mime.types and
 * incident-navi.locations.conf beside it, its placeholders filled (this build, a self-signed
 * certificate, logs in the folder), checked by `nginx -t`. Returns nginx's exit code and output.
 */
export function checkProductionConfig(dist: string): { status: number; output: string } {
  requireNginx();
  const dir = mkdtempSync(join(tmpdir(), 'navi-nginx-t-'));
  try {
    mkdirSync(join(dir, 'tls'));
    const cert = spawnSync('openssl', [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-days', '1', '-subj', '/CN=navi', '-keyout', join(dir, 'tls/privkey.pem')],
      ...['-out', join(dir, 'tls/fullchain.pem')],
    ]);
    if (cert.status !== 0) {
      throw new Error(
        `openssl could not make a test certificate (package openssl): ${cert.error ?? cert.stderr}`,
      );
    }
    symlinkSync(mimeTypes(), join(dir, 'mime.types'));
    const locations = 'incident-navi.locations.conf';
    symlinkSync(join(deployDir, locations), join(dir, locations));
    let conf = readFileSync(join(deployDir, 'nginx.conf'), 'utf8');
    for (const [placeholder, value] of [
      ['/srv/incident-navi/dist', dist],
      ['/etc/nginx/tls', join(dir, 'tls')],
      ['/var/log/nginx', dir],
    ] as const) {
      if (!conf.includes(placeholder)) throw new Error(`deploy/nginx.conf: no ${placeholder}`);
      conf = conf.replaceAll(placeholder, value);
    }
    writeFileSync(join(dir, 'nginx.conf'), conf);
    const args = ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'];
    const run = spawnSync(nginxPath, args, { encoding: 'utf8' });
    return { status: run.status ?? -1, output: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
