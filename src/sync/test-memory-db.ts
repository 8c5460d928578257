// Tests only: the part of PouchDB the Puller uses, in memory: the documents replicated so far,
// in order, and `_local/` bookkeeping.
import type PouchDB from 'pouchdb-browser';
import type { Doc } from 'pouchdb-browser';
import { documentId, seal, type TeamKeys } from './crypto';
import type { Envelope } from './docs';

/** A local database holding `docs` as replicated, in order. */
export function memoryDb(docs: Doc[]): PouchDB {
  const locals = new Map<string, Doc>();
  const db = {
    changes: ({ since, limit }: { since: number; limit: number }) => {
      const results = docs
        .slice(since, since + limit)
        .map((doc, i) => ({ id: doc._id, seq: since + i + 1, doc }));
      return Promise.resolve({ results, last_seq: since + results.length });
    },
    get: (id: string) => {
      const doc = locals.get(id);
      return doc
        ? Promise.resolve(doc)
        : Promise.reject(Object.assign(new Error(), { status: 404 }));
    },
    put: (doc: Doc) => {
      locals.set(doc._id, { ...doc, _rev: '1' });
      return Promise.resolve({ ok: true, id: doc._id });
    },
  };
  return db as unknown as PouchDB;
}

/** A document as another phone writes it: the envelope sealed under its key's id. */
export async function sealedDoc(keys: TeamKeys, env: Envelope): Promise<Doc> {
  const id = await documentId(keys, env.key);
  return { _id: id, _rev: '1-a', ...(await seal(keys, id, env)) };
}
