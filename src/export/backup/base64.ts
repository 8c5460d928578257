// Base64 for binary data of any size (btoa needs a binary string; build it in chunks).

/** Bytes → base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Base64 → bytes; null when the text is not canonical base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  // Decoded in slices straight into the result: a large ciphertext is never held twice
  // more (as one binary string and as bytes).
  const SLICE = 4 * 0x4000;
  try {
    let at = 0;
    for (let i = 0; i < text.length; i += SLICE) {
      const binary = atob(text.slice(i, i + SLICE));
      for (let j = 0; j < binary.length; j++) bytes[at++] = binary.charCodeAt(j);
    }
    return bytes;
  } catch {
    return null;
  }
}
