// A CouchDB-compatible team server for the browser tests and the bench: `pouchdb-server
// --in-memory` from npm, started on a free port, with an admin so that _security and the
// users' passwords are enforced. Plain JavaScript, shared with `node bench/…` (types beside).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bin = resolve(import.meta.dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server');
export const ADMIN = { user: 'admin', password: 'team-admin-secret' };

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => ok(port));
    });
  });
}

export class TeamServer {
  constructor() {
    this.port = 0;
    /** @type {import('node:child_process').ChildProcess | null} */
    this.child = null;
    this.dir = '';
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    this.port = /** @type {number} */ (await freePort());
    // pouchdb-server writes its config and log into the working folder.
    this.dir = mkdtempSync(join(tmpdir(), 'team-server-'));
    this.child = spawn(
      process.execPath,
      [bin, '--in-memory', '-n', '-p', String(this.port), '-o', '127.0.0.1'],
      { cwd: this.dir, stdio: 'ignore' },
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ok = await fetch(this.url).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    // From now on, only the admin and a database's members get in.
    await this.call('PUT', `/_config/admins/${ADMIN.user}`, ADMIN.password, false);
  }

  async stop() {
    this.child?.kill();
    this.child = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * One request as the admin; returns the JSON answer (throws on a failure status).
   * @param {string} method @param {string} path @param {unknown} [body] @param {boolean} [auth]
   */
  async call(method, path, body, auth = true) {
    /** @type {Record<string, string>} */
    const headers = { 'content-type': 'application/json' };
    if (auth) {
      headers.authorization = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
    }
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  /**
   * A team: its database, a user per person, the users as the database's only members.
   * @param {string} db @param {{ user: string; password: string }[]} people
   */
  async createTeam(db, people) {
    await this.call('PUT', `/${db}`);
    for (const p of people) {
      // The same people may be in several teams of one server (made once).
      await this.call('PUT', `/_users/org.couchdb.user:${p.user}`, {
        name: p.user,
        password: p.password,
        roles: [],
        type: 'user',
      }).catch((error) => {
        if (!String(error).includes(' 409 ')) throw error;
      });
    }
    await this.call('PUT', `/${db}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: people.map((p) => p.user), roles: [] },
    });
  }

  /** Every stored document of a database, as the server holds it. @param {string} db */
  async documents(db) {
    const all = /** @type {{ rows: { doc: Record<string, unknown> }[] }} */ (
      await this.call('GET', `/${db}/_all_docs?include_docs=true&conflicts=true`)
    );
    return all.rows.map((r) => r.doc);
  }
}

/**
 * Forwards a request under /couchdb/ to the team server (what the README's reverse proxy does).
 * `target` null: the server is unreachable (the connection is dropped).
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {string | null} target
 */
export function proxyTeam(req, res, target) {
  if (!target) {
    req.socket.destroy();
    return;
  }
  const url = new URL((req.url ?? '/').replace(/^\/couchdb/, '') || '/', target);
  const upstream = request(
    url,
    { method: req.method, headers: { ...req.headers, host: url.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}
