/** The key derivation parameters of format version 1 (fixed: a file cannot ask for more work). */
export const KDF_V1 = { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 } as const;

/** The passphrase (NFC, UTF-8) as PBKDF2 key material. */
const material = (passphrase: string, usage: 'deriveKey' | 'deriveBits') =>
  crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    [usage],
  );

/** Derives an AES-256-GCM key from a passphrase (used by the worker and the fallback). */
export async function deriveAesKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await material(passphrase, 'deriveKey'),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Derives `bits` raw bits from a passphrase with the same PBKDF2-SHA256 (team mode's keys). */
export async function deriveBits(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  bits: number,
): Promise<ArrayBuffer> {
  return crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await material(passphrase, 'deriveBits'),
    bits,
  );
}
