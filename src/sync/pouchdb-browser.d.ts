// The part of PouchDB's API that team mode uses (pouchdb-browser ships no types).
declare module 'pouchdb-browser' {
  export interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  export interface Change {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: Doc;
  }
  export interface PutResult {
    ok?: boolean;
    id: string;
    rev?: string;
    error?: string;
    status?: number;
  }
  export interface SyncInfo {
    direction: 'push' | 'pull';
    change: { docs: Doc[]; pending?: number };
  }
  export interface PouchError {
    status?: number;
    name?: string;
    message?: string;
  }
  /** One direction of a sync: 'paused' without an error once it has caught up. */
  export interface Replication {
    on(event: 'paused', listener: (error?: PouchError) => void): Replication;
    on(event: 'active', listener: () => void): Replication;
  }
  export interface Sync {
    readonly push: Replication;
    readonly pull: Replication;
    on(event: 'change', listener: (info: SyncInfo) => void): Sync;
    on(event: 'active', listener: () => void): Sync;
    on(event: 'denied' | 'error', listener: (error: PouchError) => void): Sync;
    cancel(): void;
  }
  export interface Feed {
    on(event: 'change', listener: (change: Change) => void): Feed;
    on(event: 'error', listener: (error: PouchError) => void): Feed;
    cancel(): void;
  }
  export interface ChangesOptions {
    since?: number | string;
    live?: boolean;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
  }
  export interface Options {
    auth?: { username: string; password: string };
    skip_setup?: boolean;
  }
  export default class PouchDB {
    constructor(name: string, options?: Options);
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Doc>;
    put(doc: Doc): Promise<PutResult>;
    remove(id: string, rev: string): Promise<PutResult>;
    bulkDocs(docs: Doc[]): Promise<PutResult[]>;
    allDocs(options: { keys: string[] }): Promise<{
      rows: {
        id?: string;
        key: string;
        value?: { rev: string; deleted?: boolean };
        error?: string;
      }[];
    }>;
    info(): Promise<{ update_seq: number | string; doc_count: number }>;
    changes(options: ChangesOptions & { live: true }): Feed;
    changes(options: ChangesOptions): Promise<{ results: Change[]; last_seq: number | string }>;
    sync(
      remote: PouchDB,
      options: {
        live?: boolean;
        retry?: boolean;
        batch_size?: number;
        back_off_function?: (delay: number) => number;
      },
    ): Sync;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
}
