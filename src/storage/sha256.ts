// A small synchronous SHA-256. The chain is hashed inside IndexedDB transactions (and the
// version upgrade), where awaiting WebCrypto would let the transaction commit early.

const K = new Int32Array(64);
const H0 = new Int32Array(8);
(() => {
  const frac = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
  for (let n = 2, i = 0; i < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (!prime) continue;
    if (i < 8) H0[i] = frac(Math.sqrt(n)) | 0;
    K[i++] = frac(Math.cbrt(n)) | 0;
  }
})();

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const W = new Int32Array(64);
const H = new Int32Array(8);

/**
 * SHA-256 of the bytes, as 64 lowercase hex digits. Plain 32-bit integer arithmetic on local
 * variables and one preallocated schedule: the chain hashes every timeline entry on each check.
 */
export function sha256Hex(bytes: Uint8Array): string {
  const n = bytes.length;
  const blocks = (n + 9 + 63) >> 6;
  H.set(H0);
  for (let block = 0; block < blocks; block++) {
    const off = block << 6;
    for (let t = 0; t < 16; t++) {
      let word = 0;
      for (let j = 0; j < 4; j++) {
        const i = off + t * 4 + j;
        // The message, then 0x80, zeros and the bit length in the last 8 bytes.
        const byte =
          i < n
            ? bytes[i]!
            : i === n
              ? 0x80
              : i >= blocks * 64 - 4
                ? ((n * 8) / 2 ** (8 * (blocks * 64 - 1 - i))) & 0xff
                : i >= blocks * 64 - 8
                  ? Math.floor((n * 8) / 2 ** 32 / 2 ** (8 * (blocks * 64 - 5 - i))) & 0xff
                  : 0;
        word = (word << 8) | byte;
      }
      W[t] = word;
    }
    for (let t = 16; t < 64; t++) {
      const x = W[t - 15]!;
      const y = W[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
    }
    let a = H[0]!;
    let b = H[1]!;
    let c = H[2]!;
    let d = H[3]!;
    let e = H[4]!;
    let f = H[5]!;
    let g = H[6]!;
    let h = H[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = (H[0]! + a) | 0;
    H[1] = (H[1]! + b) | 0;
    H[2] = (H[2]! + c) | 0;
    H[3] = (H[3]! + d) | 0;
    H[4] = (H[4]! + e) | 0;
    H[5] = (H[5]! + f) | 0;
    H[6] = (H[6]! + g) | 0;
    H[7] = (H[7]! + h) | 0;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    const x = H[i]!;
    out +=
      HEX[(x >>> 24) & 0xff]! + HEX[(x >>> 16) & 0xff]! + HEX[(x >>> 8) & 0xff]! + HEX[x & 0xff]!;
  }
  return out;
}
