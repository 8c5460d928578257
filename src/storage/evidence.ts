import type { EvidenceFile, EvidenceLink, EvidenceMeta } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { StorageError } from './errors';
import { newId, nowIso } from './ids';
import { appendEntry, touchIncident } from './touch';
import { sha256Hex } from '../lib/digest';

/** SHA-256 (hex) of a file's bytes, with WebCrypto. */
export const fileSha256 = async (file: Blob): Promise<string> =>
  // A view over the bytes (no copy): jsdom's WebCrypto, in the component tests, refuses the
  // ArrayBuffer of its own Blob but takes a typed array.
  sha256Hex(new Uint8Array(await file.arrayBuffer()));

/** The message when a file does not fit: nothing of it was saved. */
export const EVIDENCE_QUOTA_MESSAGE =
  '端末の空き容量が足りないため、このファイルは保存できませんでした。' +
  '何も保存されていません（途中までの保存もありません）。不要な写真やアプリを削除して空きを作り、もう一度選んでください。';

async function checkRoom(size: number): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const estimate = await storage?.estimate?.().catch(() => undefined);
  if (estimate?.quota && (estimate.usage ?? 0) + size > estimate.quota) {
    throw new StorageError('quota', { message: EVIDENCE_QUOTA_MESSAGE });
  }
}

/**
 * The words of an 'evidence' timeline entry, passed in by the caller (its catalogue, in the
 * language on screen): 「証拠を保存: a.png（3,000 バイト） SHA-256: …」, then where it is
 * attached and its note, each on a line of its own.
 */
export interface EvidenceLogWords {
  savedLog: (name: string, bytes: number, sha256: string) => string;
  /** What it is attached to, by kind. */
  attachedTo: { readonly item: string; readonly entry: string };
  savedLogAttached: (where: string, text: string) => string;
  savedLogNote: (note: string) => string;
}

/**
 * Keeps a photo or file as evidence: hashes the original bytes, then stores them unchanged
 * with their metadata and an 'evidence' timeline entry carrying the hash, in one transaction.
 */
export async function addEvidence(input: {
  incidentId: string;
  file: Blob;
  name: string;
  by: string;
  note: string;
  /** The checklist item or timeline entry it documents, with that one's text. */
  link?: EvidenceLink & { text: string };
  /** The words of its timeline entry. */
  words: EvidenceLogWords;
}): Promise<EvidenceMeta> {
  const { file, incidentId } = input;
  const sha256 = await fileSha256(file);
  await checkRoom(file.size);
  const now = nowIso();
  const id = newId();
  // One link at most (an item, else an entry), with its text shortened for lists.
  const link: EvidenceLink = input.link?.itemId
    ? { itemId: input.link.itemId }
    : input.link?.entryId
      ? { entryId: input.link.entryId }
      : {};
  const relatedText = link.itemId || link.entryId ? input.link!.text.slice(0, 120) : '';
  const w = input.words;
  const about = relatedText
    ? w.savedLogAttached(w.attachedTo[link.itemId ? 'item' : 'entry'], relatedText)
    : '';
  try {
    const meta = await write(['incidents', 'timeline', 'evidence', 'evidenceFiles'], async (tx) => {
      await touchIncident(tx.objectStore('incidents'), incidentId, now);
      await tx.objectStore('evidenceFiles').add({ incidentId, id, blob: file });
      const note = input.note.trim();
      const entry = await appendEntry(
        tx.objectStore('timeline'),
        {
          incidentId,
          at: now,
          kind: 'evidence',
          text:
            w.savedLog(input.name, file.size, sha256) + about + (note ? w.savedLogNote(note) : ''),
          by: input.by,
          evidence: { id, sha256, ...link },
        },
        now,
      );
      const record: EvidenceMeta = {
        id,
        incidentId,
        name: input.name,
        type: file.type,
        size: file.size,
        sha256,
        capturedAt: now,
        by: input.by,
        note,
        timelineId: entry.id,
        ...link,
        ...(relatedText ? { relatedText } : {}),
      };
      await tx.objectStore('evidence').add(record);
      return record;
    });
    notifyChange({ incidentId, part: 'timeline' });
    return meta;
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'quota') {
      throw new StorageError('quota', { message: EVIDENCE_QUOTA_MESSAGE, cause: error });
    }
    throw error;
  }
}

/** The evidence of one incident, oldest first. */
export async function listEvidence(incidentId: string): Promise<EvidenceMeta[]> {
  const rows = await read(['evidence'], (tx) =>
    tx.objectStore('evidence').getAll(IDBKeyRange.bound([incidentId, ''], [incidentId, '\uffff'])),
  );
  return rows.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
}

/** The original bytes of one evidence file. */
export async function getEvidenceFile(incidentId: string, id: string): Promise<Blob | undefined> {
  return (
    await read(['evidenceFiles'], (tx) => tx.objectStore('evidenceFiles').get([incidentId, id]))
  )?.blob;
}

/** The original files of one incident's evidence (for the evidence package). */
export function listEvidenceFiles(incidentId: string): Promise<EvidenceFile[]> {
  return read(['evidenceFiles'], (tx) =>
    tx
      .objectStore('evidenceFiles')
      .getAll(IDBKeyRange.bound([incidentId, ''], [incidentId, '\uffff'])),
  );
}
