// A device that has never stored anything has no database yet. Reading it must not create it:
// creating the stores is the longest single step of a first visit's start (issue 26). Until
// the first write creates it, every read sees what a new database holds: nothing.

/** Whether database `name` exists on this device; true where the browser cannot tell. */
export async function databaseExists(name: string): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB?.databases !== 'function') return true;
    const databases = await indexedDB.databases();
    return databases.some((d) => d.name === name);
  } catch {
    // Site data blocked or the call refused: open as before, which reports the error.
    return true;
  }
}

// What each read call of idb's wrappers answers for a store (or index) with no records.
const EMPTY_ANSWERS = {
  get: () => undefined,
  getKey: () => undefined,
  getAll: () => [],
  getAllKeys: () => [],
  count: () => 0,
  openCursor: () => null,
  openKeyCursor: () => null,
} as const;

function emptyStore(): object {
  const store: Record<string | symbol, unknown> = {
    index: () => store,
    // idb's async iteration (store.iterate(), for await … of store) yields nothing.
    iterate: async function* () {},
    [Symbol.asyncIterator]: async function* () {},
  };
  for (const [method, answer] of Object.entries(EMPTY_ANSWERS)) {
    store[method] = () => Promise.resolve(answer());
  }
  return store;
}

/** A read-only transaction of a database that does not exist yet: every store is empty. */
export function emptyTransaction(): object {
  const store = emptyStore();
  return { objectStore: () => store, store, done: Promise.resolve(), mode: 'readonly' };
}
