// Documents that came from the server → records in IndexedDB, through the storage code.
import type PouchDB from 'pouchdb-browser';
import type { Doc } from 'pouchdb-browser';
import { applyRemote, type RemoteRecord } from '../storage/sync-apply';
import type { EvidenceMeta } from '../storage/schema';
import { open, type SealedBody, type TeamKeys } from './crypto';
import { arrived, incidentOf, isEnvelope, type Envelope } from './docs';
import { decide, pickWinner, type Labeler } from './merge';
import { getLocal, setLocal } from './local-docs';
import { sentMark, sentName, syncedHeader, type Me, type SentMap } from './push';
import { CHECK_ID } from './check';
import { TeamError } from './errors';
import { openFile, type SealedFile } from './evidence-file';
import { checkArrival } from './arrival';

const sealed = (doc: Doc) => doc as unknown as Partial<SealedBody>;

/** Reads the changes of the local PouchDB since the last applied one and applies them. */
export class Puller {
  constructor(
    private readonly db: PouchDB,
    private readonly keys: TeamKeys,
    private readonly me: Me,
    private readonly label: Labeler,
  ) {}

  /** Documents this phone could not open (another passphrase, or damaged). */
  readonly unreadable = new Set<string>();

  /** Evidence refused: its bytes did not match its SHA-256 (nothing of it was written). */
  readonly refused = new Set<string>();

  /** Records refused by the checks a restore applies too (an address that breaks the rule). */
  readonly rejected = new Set<string>();

  /** The bytes of an evidence document, decrypted and checked against its record's SHA-256. */
  private async file(doc: Doc, env: Envelope): Promise<Blob | undefined> {
    const sealedFile = doc.f as Partial<SealedFile> | undefined;
    if (env.type !== 'evidence' || !sealedFile) return undefined;
    const meta = env.record as EvidenceMeta;
    const bytes = await openFile(this.keys, doc._id, sealedFile, String(meta.sha256));
    return new Blob([bytes], { type: typeof meta.type === 'string' ? meta.type : '' });
  }

  /** Decrypts a document's envelope; TeamError when it cannot be opened or has no sense. */
  private async envelope(doc: Doc): Promise<Envelope> {
    const value = await open(this.keys, doc._id, sealed(doc));
    if (!isEnvelope(value)) throw new TeamError('damaged');
    return value;
  }

  /**
   * Conflicting revisions of one document: the latest by (time, device) wins on every phone;
   * the others are removed (after being applied: the losing value's own phone keeps it in its
   * timeline when the winner reaches it).
   */
  private async resolve(doc: Doc, current: Envelope): Promise<Envelope> {
    const revisions = [{ rev: doc._rev!, doc, env: current }];
    for (const rev of doc._conflicts ?? []) {
      const other = await this.db.get(doc._id, { rev });
      revisions.push({ rev, doc: other, env: await this.envelope(other) });
    }
    const { winner } = pickWinner(
      revisions.map((r) => ({ ...r, at: r.env.at, device: r.env.device })),
    );
    if (winner.rev !== doc._rev) {
      const { iv, c, v } = sealed(winner.doc);
      await this.db.put({ _id: doc._id, _rev: doc._rev, v, iv, c });
    }
    for (const rev of doc._conflicts ?? []) await this.db.remove(doc._id, rev);
    return winner.env;
  }

  /** Applies every change not yet applied, in batches; returns the incidents it touched. */
  async drain(): Promise<string[]> {
    let since = (await getLocal<number | string>(this.db, 'applied')) ?? 0;
    const touched = new Set<string>();
    for (;;) {
      const { results, last_seq } = await this.db.changes({
        since,
        limit: 100,
        include_docs: true,
        conflicts: true,
      });
      if (results.length === 0) break;
      const batch: Envelope[] = [];
      const files = new Map<Envelope, Blob>();
      for (const change of results) {
        const doc = change.doc;
        if (!doc || doc._deleted || doc._id === CHECK_ID || doc._id.startsWith('_')) continue;
        try {
          let env = await this.envelope(doc);
          if (doc._conflicts?.length) env = await this.resolve(doc, env);
          if (env.device === this.me.device) continue;
          env = checkArrival(env);
          const file = await this.file(doc, env);
          if (file) files.set(env, file);
          batch.push(env);
        } catch (error) {
          // Sealed with another passphrase, changed on the server, evidence whose bytes do not
          // match its SHA-256, or a record the checks refuse: skipped, and said.
          if (!(error instanceof TeamError)) throw error;
          const skipped =
            error.kind === 'evidence'
              ? this.refused
              : error.kind === 'invalid'
                ? this.rejected
                : this.unreadable;
          skipped.add(doc._id);
        }
      }
      if (batch.length) for (const id of await this.apply(batch, files)) touched.add(id);
      since = last_seq;
      await setLocal(this.db, 'applied', since);
    }
    return [...touched];
  }

  /** Applies one batch through storage with the merge rule; records what is now in sync. */
  private async apply(batch: Envelope[], files: Map<Envelope, Blob>): Promise<string[]> {
    const maps = new Map<string, SentMap>();
    for (const env of batch) {
      const name = sentName(incidentOf({ type: env.type, record: env.record } as RemoteRecord));
      if (!maps.has(name)) maps.set(name, (await getLocal<SentMap>(this.db, name)) ?? {});
    }
    const envOf = new Map<RemoteRecord, Envelope>();
    const records = batch.map((env) => {
      const r = arrived(env);
      // Evidence: with its checked bytes, or (too large) a record that says where they are.
      if (r.type === 'evidence') {
        const file = files.get(env);
        if (file) r.file = file;
        else r.record.fileOn ??= env.name;
      }
      envOf.set(r, env);
      return r;
    });
    const taken: RemoteRecord[] = [];
    const result = await applyRemote(records, (remote, local) => {
      const env = envOf.get(remote)!;
      const incidentId = incidentOf(remote);
      const sent = maps.get(sentName(incidentId))!;
      const decision = decide(remote, { at: env.at, device: env.device }, local, {
        me: this.me.device,
        remoteName: env.name,
        label: this.label,
        synced: remote.type === 'incident' ? syncedHeader(sent, remote.record.id) : undefined,
      });
      if (decision.take) taken.push(remote);
      return decision;
    });
    // What was taken is in sync: a header and 備え are not sent back as this phone's own.
    for (const r of taken) {
      if (r.type !== 'incident' && r.type !== 'prep') continue;
      const env = envOf.get(r)!;
      maps.get(sentName(incidentOf(r)))![env.key] = sentMark(r, env.device);
    }
    for (const [name, sent] of maps) await setLocal(this.db, name, sent);
    return result.incidents;
  }
}
