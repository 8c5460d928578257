// @vitest-environment node
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EvidenceMeta } from '../storage/schema';
import { evidencePackage } from './evidence-zip';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const meta = (id: string, name: string, bytes: Uint8Array): EvidenceMeta => ({
  id,
  incidentId: 'inc-1',
  name,
  type: 'image/jpeg',
  size: bytes.length,
  sha256: sha(bytes),
  capturedAt: '2026-11-24T00:52:03.000Z',
  by: '山田',
  note: '',
  timelineId: `t-${id}`,
});

describe('証拠パッケージ (zip)', () => {
  it('holds every original byte for byte, and the lists name each file in the zip with its SHA-256', () => {
    const a = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 31) % 251);
    const b = Uint8Array.from({ length: 999 }, (_, i) => i % 7);
    // Two files of the same name, one with a path-like name, and one not on this device.
    const items = [
      { meta: meta('1', '画面.jpg', a), bytes: a },
      { meta: meta('2', '画面.jpg', b), bytes: b },
      { meta: meta('3', '../../etc/passwd', b), bytes: b },
      { meta: meta('4', 'なし.png', b), bytes: null },
    ];
    const zip = evidencePackage('ランサムウェア', items, '2026-11-25T03:15:00Z');
    const files = unzipSync(zip);
    const originals = Object.keys(files).filter((n) => n.startsWith('files/'));
    expect(originals).toEqual(['files/001_画面.jpg', 'files/002_画面.jpg', 'files/003_etc_passwd']);
    expect(sha(files['files/001_画面.jpg']!)).toBe(sha(a));
    expect(sha(files['files/002_画面.jpg']!)).toBe(sha(b));
    expect(sha(files['files/003_etc_passwd']!)).toBe(sha(b));

    const text = strFromU8(files['証拠一覧.txt']!);
    expect(text).toContain('【証拠一覧】ランサムウェア');
    expect(text).toContain(`SHA-256: ${sha(a)}\n   ZIP内: files/001_画面.jpg`);
    expect(text).toContain('ZIP内: （元のファイルはこの端末にないため含めていません）');
    const csv = strFromU8(files['証拠一覧.csv']!);
    expect(csv.split('\r\n')[0]).toContain('"ZIP内のファイル名"');
    expect(csv).toContain(`"${sha(b)}","","","files/002_画面.jpg"`);
  });
});
