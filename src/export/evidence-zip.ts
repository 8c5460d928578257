// 証拠パッケージ: one zip with the original files, byte for byte, and the 証拠一覧 (text and
// CSV) naming each file's place in the zip and its SHA-256. Its own lazy chunk (fflate).
// Every entry is stored, not deflated: photos are already compressed, a stored file is its
// exact bytes, and fflate's pass-through writer leaves the deflate code out of the chunk.
import { strToU8, Zip, ZipPassThrough } from 'fflate';
import type { EvidenceMeta } from '../storage/schema';
import { safeFileName } from './build';
import { evidenceListCsv, evidenceListText } from './evidence-list';

/** One evidence record and its original bytes (null when this device does not have them). */
export interface PackedEvidence {
  meta: EvidenceMeta;
  bytes: Uint8Array | null;
}

/** 「files/003_screen.jpg」: numbered in list order, so two files of one name never collide. */
function archiveName(index: number, name: string): string {
  const ext = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? '';
  const base = safeFileName(name.slice(0, name.length - ext.length));
  return `files/${String(index + 1).padStart(3, '0')}_${base}${ext.toLowerCase()}`;
}

/** The zip of an incident's evidence: the originals and the two lists. Pure. */
export function evidencePackage(
  title: string,
  items: readonly PackedEvidence[],
  nowIso: string,
): Uint8Array {
  const names = items.map((e, i) => (e.bytes ? archiveName(i, e.meta.name) : ''));
  const metas = items.map((e) => e.meta);
  const entries: [string, Uint8Array, string][] = [
    ['証拠一覧.txt', strToU8(evidenceListText(title, metas, nowIso, names)), nowIso],
    ['証拠一覧.csv', strToU8(evidenceListCsv(metas, names)), nowIso],
  ];
  items.forEach((e, i) => e.bytes && entries.push([names[i]!, e.bytes, e.meta.capturedAt]));

  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes, at] of entries) {
    const file = new ZipPassThrough(name);
    file.mtime = new Date(at);
    zip.add(file);
    file.push(bytes, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
