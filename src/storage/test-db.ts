// Test helper: a fresh, empty fake IndexedDB for each test, and the connection closed after.
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { closeDB } from './db';

/** Gives every test of the calling file its own empty IndexedDB. */
export function useFreshDB(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    globalThis.IDBKeyRange = FakeKeyRange;
  });
  afterEach(async () => {
    await closeDB();
  });
}

/**
 * Makes every put into object store `store` fail as a full disk does (QuotaExceededError);
 * the other stores keep working. Restore with the returned spy's mockRestore().
 */
export function fillDiskFor(store: string) {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === store) throw new DOMException('full', 'QuotaExceededError');
    return put.apply(this, args);
  });
}
