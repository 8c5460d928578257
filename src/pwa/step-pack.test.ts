// @vitest-environment node
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packFiles } from './step-pack';
import { unpack } from '../sw/unpack';

/** A build folder with a script, a style and a binary file. */
function buildDir() {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/a.js'), 'export const a = "対応";\n');
  writeFileSync(join(dir, 'assets/b.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 1]));
  return dir;
}

describe('step packs (the build writes, the worker opens)', () => {
  it('carry each file byte for byte with its content type', async () => {
    const urls = ['assets/a.js', 'assets/b.css', 'icon.png'];
    const files = await unpack(new Response(new Uint8Array(packFiles(buildDir(), urls))));
    expect(files.map((f) => f.url)).toEqual(urls);
    expect(files.map((f) => f.response.headers.get('content-type'))).toEqual([
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'image/png',
    ]);
    expect(await files[0]!.response.text()).toBe('export const a = "対応";\n');
    expect([...new Uint8Array(await files[2]!.response.arrayBuffer())]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0, 255, 1,
    ]);
  });

  it('a cut or damaged pack is refused (the worker then fetches the files one by one)', async () => {
    const pack = packFiles(buildDir(), ['assets/a.js', 'icon.png']);
    const cut = gzipSync(
      (
        await new Response(
          new Response(new Uint8Array(pack)).body!.pipeThrough(new DecompressionStream('gzip')),
        ).arrayBuffer()
      ).slice(0, -3),
    );
    await expect(unpack(new Response(cut))).rejects.toThrow();
    await expect(unpack(new Response(new TextEncoder().encode('not a pack')))).rejects.toThrow();
  });
});
