import { deriveAesKey } from './kdf-core';
import { BackupError } from './errors';

/** Derives the AES key of a backup from its passphrase and salt. */
export type DeriveKey = (
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) => Promise<CryptoKey>;

/** Derives the key in a module worker; on this thread only where Worker is missing (tests). */
export const deriveKey: DeriveKey = (passphrase, salt, iterations) => {
  if (typeof Worker === 'undefined') return deriveAesKey(passphrase, salt, iterations);
  return new Promise<CryptoKey>((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<{ ok: boolean; key?: CryptoKey }>) => {
      done();
      if (event.data.ok && event.data.key) resolve(event.data.key);
      else reject(new BackupError('crypto-unavailable'));
    };
    worker.onerror = () => {
      done();
      reject(new BackupError('crypto-unavailable'));
    };
    worker.postMessage({ passphrase, salt, iterations });
  });
};
