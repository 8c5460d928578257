// @vitest-environment node
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipStored } from './zip-store';

describe('zipStored', () => {
  it('writes stored entries any reader opens: CRC-32, sizes, UTF-8 names, DOS time', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const zip = zipStored([
      {
        name: '証拠一覧.txt',
        bytes: new TextEncoder().encode('あ'),
        mtime: new Date(2026, 10, 24, 9, 52, 4),
      },
      { name: 'files/001_a.bin', bytes, mtime: new Date(2026, 10, 24, 9, 52, 4) },
    ]);
    const view = new DataView(zip.buffer);
    // The first local header: signature, UTF-8 flag, method 0, time and date, CRC and sizes.
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(6, true)).toBe(0x0800);
    expect(view.getUint16(8, true)).toBe(0);
    expect(view.getUint16(10, true)).toBe((9 << 11) | (52 << 5) | 2);
    expect(view.getUint16(12, true)).toBe((46 << 9) | (11 << 5) | 24);
    expect(view.getUint32(14, true)).toBe(crc32(new TextEncoder().encode('あ')));
    // The end record counts both entries; a reader gets the same bytes back.
    expect(view.getUint16(zip.length - 12, true)).toBe(2);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['証拠一覧.txt', 'files/001_a.bin']);
    expect(files['files/001_a.bin']).toEqual(bytes);
    // The second entry's CRC, in the central directory.
    const central = view.getUint32(zip.length - 6, true);
    const second = central + 46 + new TextEncoder().encode('証拠一覧.txt').length;
    expect(view.getUint32(second + 16, true)).toBe(crc32(bytes));
  });
});
