// Evidence bytes in team mode: encrypted with the team key beside their record, and checked
// against the record's SHA-256 after decryption, before anything is written.
import { fromBase64, toBase64 } from '../export/backup/base64';
import { sha256Hex } from '../lib/digest';
import type { TeamKeys } from './crypto';
import { TeamError } from './errors';

/**
 * Files up to 5 MiB travel with their record; larger ones stay on their phone (their record
 * travels). CouchDB refuses documents over 8 MB by default, and base64 adds a third.
 */
export const EVIDENCE_SYNC_LIMIT = 5 * 1024 * 1024;

/** The encrypted bytes of an evidence file in its document (field `f`). */
export interface SealedFile {
  iv: string;
  c: string;
}

/** The additional data of a file: its document's id, marked apart from the record's body. */
const fileAad = (id: string) => new TextEncoder().encode(`${id}#file`);

/** Encrypts a file's bytes (AES-256-GCM, team key) for document `id`. */
export async function sealFile(
  keys: TeamKeys,
  id: string,
  bytes: ArrayBuffer,
): Promise<SealedFile> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: fileAad(id) },
    keys.aes,
    bytes,
  );
  return { iv: toBase64(iv), c: toBase64(new Uint8Array(sealed)) };
}

/**
 * Decrypts a file of document `id` and checks its bytes against the record's SHA-256:
 * TeamError('damaged'|'passphrase') when it cannot be opened, TeamError('evidence') on a mismatch.
 */
export async function openFile(
  keys: TeamKeys,
  id: string,
  sealed: Partial<SealedFile>,
  sha256: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = typeof sealed.iv === 'string' ? fromBase64(sealed.iv) : null;
  const data = typeof sealed.c === 'string' ? fromBase64(sealed.c) : null;
  if (!iv || iv.length !== 12 || !data) throw new TeamError('damaged');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: fileAad(id) },
      keys.aes,
      data,
    );
  } catch {
    throw new TeamError('passphrase');
  }
  if ((await sha256Hex(plain)) !== sha256) throw new TeamError('evidence');
  return new Uint8Array(plain);
}
