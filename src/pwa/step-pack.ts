import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A step's files in one download (a "pack"), so that a first visit on a slow network pays one
 * round trip per step instead of one per file. The worker opens it with src/sw/unpack.ts.
 *
 * Format, gzipped as a whole: a 4-byte big-endian length, then that many bytes of JSON
 * `[[url, contentType, size], …]` (urls relative to the build folder), then the files' bytes
 * one after another in the same order.
 */

/** Content types of the files a step stores, as a static host sends them. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type the worker stores a file with. */
export const contentTypeOf = (url: string) => TYPES[extname(url)] ?? 'application/octet-stream';

/** The bytes of a pack of `urls` (files of `outDir`), gzipped. */
export function packFiles(outDir: string, urls: readonly string[]): Buffer {
  const bodies = urls.map((url) => readFileSync(join(outDir, url)));
  const header = Buffer.from(
    JSON.stringify(urls.map((url, i) => [url, contentTypeOf(url), bodies[i]!.length])),
    'utf8',
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return gzipSync(Buffer.concat([length, header, ...bodies]), { level: 9 });
}

/** Writes the pack of a step as `assets/<name>-<hash>.pack`; returns its url. */
export function writePack(outDir: string, name: string, urls: readonly string[]): string {
  const bytes = packFiles(outDir, urls);
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 10);
  const url = `assets/${name}-${hash}.pack`;
  writeFileSync(join(outDir, url), bytes);
  return url;
}
