import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type NaviDB } from './schema';
import { migrate } from './migrations';
import { StorageError, toStorageError } from './errors';
import { loadChain, upgradeNeededChain } from './chain-loader';

/** The open database connection, typed with the current schema. */
export type NaviDatabase = IDBPDatabase<NaviDB>;

/** How long opening may take before we stop waiting and say so (no hang). */
const OPEN_TIMEOUT_MS = 10_000;

let connection: Promise<NaviDatabase> | null = null;
const lostListeners = new Set<(error: StorageError) => void>();

/** Called when the open connection is lost (a newer version elsewhere, or the browser closed it). */
export function onConnectionLost(listener: (error: StorageError) => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

function lost(error: StorageError) {
  connection = null;
  for (const l of lostListeners) l(error);
}

/** Opens the database; an upgrade from version 1 that needs the chain code gets it and retries. */
function open(): Promise<NaviDatabase> {
  return openOnce().catch(async (error: unknown) => {
    if (!upgradeNeededChain()) throw error;
    await loadChain();
    return openOnce();
  });
}

function openOnce(): Promise<NaviDatabase> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new StorageError('unavailable'));
  }
  return new Promise<NaviDatabase>((resolve, reject) => {
    let settled = false;
    const fail = (error: StorageError) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const timer = setTimeout(() => fail(new StorageError('blocked')), OPEN_TIMEOUT_MS);
    // Some browsers throw at once (e.g. SecurityError when site data is blocked).
    let opening: Promise<NaviDatabase>;
    try {
      opening = openDB<NaviDB>(DB_NAME, DB_VERSION, {
        upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, tx),
        // Another tab holds an older version open and does not let go.
        blocked: () => fail(new StorageError('blocked')),
        // This tab holds a version another tab wants to replace: let go, then ask to reload.
        blocking: () => {
          void connection?.then((db) => db.close());
          lost(new StorageError('version'));
        },
        terminated: () =>
          lost(
            new StorageError('failed', {
              message: '記録の保存先との接続が切れました。ページを再読み込みしてください。',
            }),
          ),
      });
    } catch (error) {
      clearTimeout(timer);
      fail(toStorageError(error));
      return;
    }
    opening.then(
      (db) => {
        clearTimeout(timer);
        if (settled) {
          // We already reported failure; do not keep a connection nobody uses.
          db.close();
          return;
        }
        settled = true;
        resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        fail(toStorageError(error));
      },
    );
  });
}

/** The shared connection, opened (and upgraded) on first use. Rejects with StorageError. */
export function getDB(): Promise<NaviDatabase> {
  if (!connection) {
    const opening = open();
    connection = opening;
    // A failed open is retried on the next call.
    opening.catch(() => {
      if (connection === opening) connection = null;
    });
  }
  return connection;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDB(): Promise<void> {
  const current = connection;
  connection = null;
  if (current) (await current.catch(() => null))?.close();
}

type Stores = StoreNames<NaviDB>;
/** A read-write transaction over the given stores. */
export type WriteTx<S extends Stores[]> = IDBPTransaction<NaviDB, S, 'readwrite'>;

/**
 * Runs one small read-write transaction with durability 'strict' and resolves only after
 * it has committed. Any failure aborts the whole transaction and becomes a StorageError.
 */
export async function write<S extends Stores[], T>(
  stores: S,
  work: (tx: WriteTx<S>) => Promise<T>,
): Promise<T> {
  let tx: WriteTx<S> | undefined;
  try {
    const db = await getDB();
    // Timeline entries are hashed inside the transaction: the chain code must be here first.
    if (stores.includes('timeline')) await loadChain();
    tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted.
    }
    // tx.done rejects too once aborted; nothing more to wait for.
    tx?.done.catch(() => {});
    throw toStorageError(error);
  }
}

/** Runs a read-only transaction over the given stores. */
export async function read<S extends Stores[], T>(
  stores: S,
  work: (tx: IDBPTransaction<NaviDB, S, 'readonly'>) => Promise<T>,
): Promise<T> {
  try {
    const db = await getDB();
    const tx = db.transaction(stores, 'readonly');
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    throw toStorageError(error);
  }
}
