/** Whether the browser keeps this app's data under storage pressure, and how much is used. */
export interface StorageInfo {
  /** null when the browser cannot tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

const storageManager = (): StorageManager | undefined =>
  typeof navigator !== 'undefined' ? navigator.storage : undefined;

/** Asks the browser to keep the data (call when the first incident is created). */
export async function requestPersistence(): Promise<boolean | null> {
  const sm = storageManager();
  if (!sm?.persist) return null;
  try {
    if (sm.persisted && (await sm.persisted())) return true;
    return await sm.persist();
  } catch {
    return null;
  }
}

/** Persistence and usage, for the settings page. Never throws. */
export async function getStorageInfo(): Promise<StorageInfo> {
  const sm = storageManager();
  const info: StorageInfo = { persisted: null, usage: null, quota: null };
  try {
    if (sm?.persisted) info.persisted = await sm.persisted();
    if (sm?.estimate) {
      const e = await sm.estimate();
      info.usage = e.usage ?? null;
      info.quota = e.quota ?? null;
    }
  } catch {
    // Unknown is shown as such.
  }
  return info;
}
