// A minimal ZIP writer for stored (uncompressed) entries: local headers, the central
// directory and its end record (PKWARE APPNOTE 6.3, sections 4.3–4.4), UTF-8 names (bit 11).
// fflate's zip carries its deflate tables (2.7 KB gzip) even for stored entries; this is
// about a fifth of that, and the tests read its output back with fflate, independently.

/** One file of the archive: its name, bytes and modification time. */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  mtime: Date;
}

let table: Uint32Array | undefined;
/** CRC-32 (IEEE 802.3), as ZIP requires. */
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~0;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** MS-DOS date and time (local time, 2-second steps; years 1980–2107). */
function dosTime(d: Date): [number, number] {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107) - 1980;
  return [
    (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    (year << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  ];
}

/** A little-endian record of 16- and 32-bit fields (`4` marks a 32-bit one). */
function fields(values: [number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(values.reduce((n, [, size]) => n + size, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, size] of values) {
    if (size === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += size;
  }
  return out;
}

/** A ZIP archive of `entries`, each stored byte for byte. */
export function zipStored(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const [time, date] = dosTime(e.mtime);
    const crc = crc32(e.bytes);
    const size = e.bytes.length;
    // version 2.0, flags: UTF-8 name, method 0 (stored)
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0x0800, 2],
      [0, 2],
      [time, 2],
      [date, 2],
      [crc, 4],
      [size, 4],
      [size, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = fields([[0x04034b50, 4], ...common]);
    parts.push(local, name, e.bytes);
    central.push(
      fields([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      name,
    );
    offset += local.length + name.length + size;
  }
  const directory = central.reduce((n, c) => n + c.length, 0);
  const end = fields([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directory, 4],
    [offset, 4],
    [0, 2],
  ]);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
