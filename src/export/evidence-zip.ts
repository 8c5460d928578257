// 証拠パッケージ: one zip with the original files, byte for byte, and the 証拠一覧 (text and
// CSV) naming each file's place in the zip and its SHA-256. Its own lazy chunk. Every entry
// is stored, not deflated: photos are already compressed, and a stored file is its exact bytes.
import { zipStored, type ZipEntry } from './zip-store';
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
  const text = (t: string) => new TextEncoder().encode(t);
  const now = new Date(nowIso);
  const entries: ZipEntry[] = [
    {
      name: '証拠一覧.txt',
      bytes: text(evidenceListText(title, metas, nowIso, names)),
      mtime: now,
    },
    { name: '証拠一覧.csv', bytes: text(evidenceListCsv(metas, names)), mtime: now },
  ];
  items.forEach((e, i) => {
    if (e.bytes)
      entries.push({ name: names[i]!, bytes: e.bytes, mtime: new Date(e.meta.capturedAt) });
  });
  return zipStored(entries);
}
