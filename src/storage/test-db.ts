// Test helper: a fresh, empty fake IndexedDB for each test, and the connection closed after.
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
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
