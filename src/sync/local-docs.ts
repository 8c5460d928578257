// PouchDB `_local/` documents: this phone's sync bookkeeping, never replicated.
import type PouchDB from 'pouchdb-browser';

/** Reads a `_local/` document's value (undefined when absent). */
export async function getLocal<T>(db: PouchDB, name: string): Promise<T | undefined> {
  try {
    return (await db.get(`_local/${name}`)).value as T;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** Writes a `_local/` document's value (last write wins; callers run one at a time). */
export async function setLocal(db: PouchDB, name: string, value: unknown): Promise<void> {
  const id = `_local/${name}`;
  const rev = await db.get(id).then(
    (d) => d._rev,
    () => undefined,
  );
  await db.put({ _id: id, ...(rev ? { _rev: rev } : {}), value });
}
