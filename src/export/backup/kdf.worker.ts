/// <reference lib="webworker" />
// Key derivation off the main thread: 600,000 PBKDF2 rounds would freeze the page.
import { deriveAesKey } from './kdf-core';

interface Request {
  passphrase: string;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

self.onmessage = async (event: MessageEvent<Request>) => {
  try {
    const { passphrase, salt, iterations } = event.data;
    const key = await deriveAesKey(passphrase, salt, iterations);
    self.postMessage({ ok: true, key });
  } catch {
    self.postMessage({ ok: false });
  }
};
