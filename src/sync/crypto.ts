// The team keys and the encrypted document bodies: the server only ever sees ciphertext and
// ids that are HMACs of the record keys.
import { deriveBits, KDF_V1 } from '../export/backup/kdf-core';
import { fromBase64, toBase64 } from '../export/backup/base64';
import { TeamError } from './errors';

/** The AES-256-GCM key of the bodies and the HMAC key of the ids (non-extractable). */
export interface TeamKeys {
  aes: CryptoKey;
  hmac: CryptoKey;
}

/** A document body on the server: version, IV and ciphertext (base64). */
export interface SealedBody {
  v: 1;
  iv: string;
  c: string;
}

const text = new TextEncoder();

/** The team's salt: SHA-256 of its database name (the same on every phone of the team). */
async function teamSalt(db: string): Promise<Uint8Array<ArrayBuffer>> {
  const digest = await crypto.subtle.digest('SHA-256', text.encode(`incident-navi team ${db}`));
  return new Uint8Array(digest.slice(0, 16));
}

/**
 * Derives the team keys from the passphrase with the backup's KDF (PBKDF2-SHA256, 600,000):
 * 512 bits, the first half for AES-GCM, the second for HMAC-SHA256. Slow on purpose: once per phone.
 */
export async function deriveTeamKeys(
  passphrase: string,
  db: string,
  iterations: number = KDF_V1.iterations,
): Promise<TeamKeys> {
  if (typeof crypto === 'undefined' || !crypto.subtle) throw new TeamError('crypto');
  const bits = new Uint8Array(await deriveBits(passphrase, await teamSalt(db), iterations, 512));
  const [aes, hmac] = await Promise.all([
    crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]),
  ]);
  bits.fill(0);
  return { aes, hmac };
}

/** The document id of a record key: 'r' + the first 128 bits of its HMAC, in hex. */
export async function documentId(keys: TeamKeys, key: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.hmac, text.encode(key)));
  let hex = 'r';
  for (const b of mac.subarray(0, 16)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Encrypts a JSON value as the body of document `id` (the id is authenticated with it). */
export async function seal(keys: TeamKeys, id: string, value: unknown): Promise<SealedBody> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = text.encode(JSON.stringify(value));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: text.encode(id) },
    keys.aes,
    data,
  );
  return { v: 1, iv: toBase64(iv), c: toBase64(new Uint8Array(sealed)) };
}

/** Decrypts the body of document `id`; a wrong key or a changed byte: TeamError('passphrase'). */
export async function open(
  keys: TeamKeys,
  id: string,
  body: Partial<SealedBody>,
): Promise<unknown> {
  const iv = typeof body.iv === 'string' ? fromBase64(body.iv) : null;
  const data = typeof body.c === 'string' ? fromBase64(body.c) : null;
  if (body.v !== 1 || !iv || iv.length !== 12 || !data) throw new TeamError('damaged');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: text.encode(id) },
      keys.aes,
      data,
    );
  } catch {
    throw new TeamError('passphrase');
  }
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}
