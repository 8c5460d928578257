// @vitest-environment node
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// deploy/'s CouchDB settings: reachable from outside only through nginx, which refuses
// CouchDB's own endpoints (/couchdb/_*). Listening anywhere else would make that refusal moot.

const deploy = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../deploy', name), 'utf8');

/** The settings of an ini file as CouchDB reads it: `section.key` → value (`;` comments). */
function ini(text: string): Map<string, string> {
  const settings = new Map<string, string>();
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s*;.*$/, '').trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) section = header[1]!;
    else if (line.includes('=')) {
      const [key, ...value] = line.split('=');
      settings.set(`${section}.${key!.trim()}`, value.join('=').trim());
    }
  }
  return settings;
}

/** Every bind_address an ini file sets, whatever its section. */
const bindAddresses = (settings: Map<string, string>) =>
  [...settings].filter(([key]) => key.endsWith('.bind_address'));

interface Service {
  ports?: (string | { target: number; published?: string | number; host_ip?: string })[];
  volumes?: (string | { source?: string; target: string })[];
}
const compose = parse(deploy('compose.yaml')) as { services: Record<string, Service> };

/** A published port: the host address it listens on and the container's port. */
function published(port: NonNullable<Service['ports']>[number]): {
  hostIp: string;
  target: number;
} {
  if (typeof port !== 'string') return { hostIp: port.host_ip ?? '0.0.0.0', target: port.target };
  // [HOST_IP:]HOST_PORT:CONTAINER_PORT[/PROTOCOL], or CONTAINER_PORT alone (any address).
  const parts = port.replace(/\/\w+$/, '').split(':');
  const target = Number(parts.pop());
  const hostIp =
    parts.length > 1
      ? parts
          .slice(0, -1)
          .join(':')
          .replace(/^\[|\]$/g, '')
      : '0.0.0.0';
  return { hostIp, target };
}

describe("deploy/'s CouchDB listens where only this machine can reach it", () => {
  it('couchdb.ini (a server of its own) binds to 127.0.0.1 and nowhere else', () => {
    expect(bindAddresses(ini(deploy('couchdb.ini')))).toEqual([
      ['chttpd.bind_address', '127.0.0.1'],
    ]);
  });

  it("compose.yaml publishes CouchDB's 5984 on the host's 127.0.0.1 only", () => {
    const ports = Object.values(compose.services).flatMap((s) => (s.ports ?? []).map(published));
    const couch = ports.filter((p) => p.target === 5984);
    expect(couch.length).toBeGreaterThan(0);
    for (const p of couch) expect(p.hostIp).toBe('127.0.0.1');
  });

  it("Docker's own bind address (0.0.0.0, inside the container) is loaded after couchdb.ini, by compose.yaml alone", () => {
    expect(bindAddresses(ini(deploy('couchdb-docker.ini')))).toEqual([
      ['chttpd.bind_address', '0.0.0.0'],
    ]);
    const mounts = new Map(
      (compose.services.couchdb?.volumes ?? [])
        .map((v) => (typeof v === 'string' ? v.split(':') : [v.source ?? '', v.target]))
        .map(([source, target]) => [basename(source ?? ''), target ?? ''] as const),
    );
    const plain = mounts.get('couchdb.ini');
    const docker = mounts.get('couchdb-docker.ini');
    expect(plain).toMatch(/^\/opt\/couchdb\/etc\/local\.d\/[^/]+\.ini$/);
    expect(docker).toMatch(/^\/opt\/couchdb\/etc\/local\.d\/[^/]+\.ini$/);
    // CouchDB reads local.d's files in name order: the later one wins.
    expect(basename(plain!) < basename(docker!)).toBe(true);
  });
});
