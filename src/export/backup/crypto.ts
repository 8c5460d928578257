import * as v from 'valibot';
import { fromBase64, toBase64 } from './base64';
import { BackupError } from './errors';
import { ENCRYPTED_FORMAT, ENVELOPE_VERSION } from './format';
import { deriveKey as defaultDerive, type DeriveKey } from './kdf';
import { KDF_V1 } from './kdf-core';

/** The encrypted backup file: a header in clear (bound as AAD) and the ciphertext. */
export const EncryptedBackupSchema = v.strictObject({
  format: v.literal(ENCRYPTED_FORMAT),
  formatVersion: v.literal(ENVELOPE_VERSION),
  kdf: v.strictObject({
    name: v.literal(KDF_V1.name),
    hash: v.literal(KDF_V1.hash),
    iterations: v.literal(KDF_V1.iterations),
    salt: v.pipe(v.string(), v.length(24)),
  }),
  cipher: v.strictObject({ name: v.literal('AES-GCM'), iv: v.pipe(v.string(), v.length(16)) }),
  ciphertext: v.string(),
});
export type EncryptedBackup = v.InferOutput<typeof EncryptedBackupSchema>;

/** The additional authenticated data: every header field, in a fixed order. */
function aad(file: Omit<EncryptedBackup, 'ciphertext'>): Uint8Array<ArrayBuffer> {
  const { format, formatVersion, kdf, cipher } = file;
  const header = [format, formatVersion, kdf.name, kdf.hash, kdf.iterations, kdf.salt];
  return new TextEncoder().encode(JSON.stringify([...header, cipher.name, cipher.iv]));
}

function subtle(): SubtleCrypto {
  if (typeof crypto === 'undefined' || !crypto.subtle) throw new BackupError('crypto-unavailable');
  return crypto.subtle;
}

/** Encrypts backup text with a passphrase; returns the encrypted file's JSON text. */
export async function encryptBackup(
  plainText: string,
  passphrase: string,
  derive: DeriveKey = defaultDerive,
): Promise<string> {
  const s = subtle();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header = {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENVELOPE_VERSION,
    kdf: { ...KDF_V1, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const key = await derive(passphrase, salt, KDF_V1.iterations);
  const data = new TextEncoder().encode(plainText);
  const sealed = await s.encrypt({ name: 'AES-GCM', iv, additionalData: aad(header) }, key, data);
  return `${JSON.stringify({ ...header, ciphertext: toBase64(new Uint8Array(sealed)) }, null, 1)}\n`;
}

/** Checks the shape of an encrypted file; throws BackupError('invalid') when it is wrong. */
export function parseEncrypted(value: unknown): EncryptedBackup {
  const result = v.safeParse(EncryptedBackupSchema, value);
  if (!result.success) throw new BackupError('invalid', v.getDotPath(result.issues[0]) ?? '');
  return result.output;
}

/**
 * Decrypts an encrypted backup (and empties `file.ciphertext`). A wrong passphrase or any changed byte (header or
 * ciphertext) fails authentication: BackupError('wrong-passphrase'), never garbage.
 */
export async function decryptBackup(
  file: EncryptedBackup,
  passphrase: string,
  derive: DeriveKey = defaultDerive,
): Promise<string> {
  const s = subtle();
  const salt = fromBase64(file.kdf.salt);
  const iv = fromBase64(file.cipher.iv);
  const data = fromBase64(file.ciphertext);
  // The base64 text is no longer needed: let it go before decrypting (a large backup is
  // then held as bytes and plain text, not also as base64).
  (file as { ciphertext: string }).ciphertext = '';
  if (!salt || salt.length !== 16 || !iv || iv.length !== 12 || !data || data.length < 16) {
    throw new BackupError('invalid', 'kdf/cipher');
  }
  const key = await derive(passphrase, salt, file.kdf.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await s.decrypt({ name: 'AES-GCM', iv, additionalData: aad(file) }, key, data);
  } catch {
    throw new BackupError('wrong-passphrase');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new BackupError('invalid', 'ciphertext');
  }
}
