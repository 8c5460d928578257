/// <reference lib="webworker" />

// Opens a step's pack (written by src/pwa/step-pack.ts: gzipped; a 4-byte big-endian header
// length, the JSON header `[[url, contentType, size], …]`, then the files' bytes in order).

/** One file of a pack, ready to be stored. */
export interface PackedFile {
  /** Relative to the build folder, as in the header. */
  url: string;
  response: Response;
}

/** Whether this browser can open a pack (DecompressionStream: Safari 16.4+, every Chromium). */
export const canUnpack = () => typeof DecompressionStream === 'function';

/** The files of a fetched pack; throws when the bytes do not follow the format. */
export async function unpack(pack: Response): Promise<PackedFile[]> {
  if (!pack.body) throw new Error('empty pack');
  const bytes = new Uint8Array(
    await new Response(pack.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer(),
  );
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as [
    string,
    string,
    number,
  ][];
  let at = 4 + length;
  const files = header.map(([url, type, size]) => {
    // A view, not a copy: the Response takes its own copy of the bytes.
    const body = bytes.subarray(at, at + size);
    at += size;
    return { url, response: new Response(body, { headers: { 'content-type': type } }) };
  });
  if (at !== bytes.length) throw new Error('pack length mismatch');
  return files;
}
