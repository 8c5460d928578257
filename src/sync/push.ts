// This phone's changes → encrypted documents in the local PouchDB (replication sends them on).
import type PouchDB from 'pouchdb-browser';
import type { RemoteRecord } from '../storage/sync-apply';
import type { EvidenceMeta } from '../storage/schema';
import { loadIncidentSnapshot } from '../storage/snapshot';
import { listPrep } from '../storage/prep';
import { getEvidenceFile, listEvidence } from '../storage/evidence';
import { documentId, seal, type TeamKeys } from './crypto';
import { EVIDENCE_SYNC_LIMIT, sealFile } from './evidence-file';
import { recordKey, recordTime, type Envelope } from './docs';
import { headerFingerprint, type SyncedHeader } from './merge';
import { getLocal, setLocal } from './local-docs';

/** This phone as the envelopes name it. */
export interface Me {
  device: string;
  name: string;
}

/** What was last sent or received per record key of one incident (or of 備え): a time or a header. */
export type SentMap = Record<string, string>;

/** The `_local/` name of an incident's sent map (or 備え's). */
export const sentName = (incidentId: string | null) => `sent-${incidentId ?? 'prep'}`;

/** The synced header in a sent map. */
export function syncedHeader(sent: SentMap, incidentId: string): SyncedHeader | undefined {
  const raw = sent[`incident|${incidentId}`];
  return raw ? (JSON.parse(raw) as SyncedHeader) : undefined;
}

/** The sent-map value of a record: its time, or for a header its fingerprint and stamp. */
export function sentMark(r: RemoteRecord, device: string): string {
  if (r.type === 'incident') {
    const synced: SyncedHeader = {
      fp: headerFingerprint(r.record),
      at: r.record.updatedAt,
      device,
    };
    return JSON.stringify(synced);
  }
  return r.type === 'timeline' || r.type === 'evidence' ? '1' : recordTime(r);
}

interface Outgoing {
  r: RemoteRecord;
  map: string;
  key: string;
  mark: string;
}

/** Sends documents through the local PouchDB; `onWritten` gets their ids (未送信 until pushed). */
export class Pusher {
  constructor(
    private readonly db: PouchDB,
    private readonly keys: TeamKeys,
    private readonly me: Me,
    private readonly onWritten: (ids: string[]) => void,
  ) {}

  /** Sends what changed on this phone in these incidents since they were last sent. */
  async pushIncidents(ids: readonly string[]): Promise<number> {
    let count = 0;
    for (let i = 0; i < ids.length; i += 25) {
      const maps = new Map<string, SentMap>();
      const out: Outgoing[] = [];
      for (const id of ids.slice(i, i + 25)) {
        const snap = await loadIncidentSnapshot(id);
        if (!snap) continue;
        const map = sentName(id);
        const sent = (await getLocal<SentMap>(this.db, map)) ?? {};
        maps.set(map, sent);
        const add = (r: RemoteRecord) => {
          const key = recordKey(r);
          const mark = sentMark(r, this.me.device);
          if (r.type === 'incident') {
            if (syncedHeader(sent, id)?.fp === headerFingerprint(r.record)) return;
          } else if (sent[key] === mark) return;
          out.push({ r, map, key, mark });
        };
        add({ type: 'incident', record: snap.incident });
        // Records from other phones carry their device (and entries `via`): theirs to send.
        for (const record of snap.fields) if (!record.device) add({ type: 'field', record });
        for (const record of snap.progress) if (!record.device) add({ type: 'progress', record });
        for (const record of snap.reporting) if (!record.device) add({ type: 'reporting', record });
        for (const record of snap.timeline) if (!record.via) add({ type: 'timeline', record });
        for (const record of await listEvidence(id))
          if (!record.device) add({ type: 'evidence', record });
      }
      count += await this.write(out, maps);
    }
    return count;
  }

  /** Sends the 備え records changed since they were last sent (or received). */
  async pushPrep(): Promise<number> {
    const map = sentName(null);
    const sent = (await getLocal<SentMap>(this.db, map)) ?? {};
    const out: Outgoing[] = [];
    for (const record of await listPrep()) {
      const r: RemoteRecord = { type: 'prep', record };
      const key = recordKey(r);
      if (sent[key] !== record.updatedAt) out.push({ r, map, key, mark: record.updatedAt });
    }
    return this.write(out, new Map([[map, sent]]));
  }

  /** The bytes of an evidence file that travel with its record (none when too large or absent). */
  private async fileOf(meta: EvidenceMeta): Promise<ArrayBuffer | undefined> {
    if (meta.size > EVIDENCE_SYNC_LIMIT) return undefined;
    return (await getEvidenceFile(meta.incidentId, meta.id))?.arrayBuffer();
  }

  /** Seals and writes the documents in one bulk write, then records them as sent. */
  private async write(out: Outgoing[], maps: Map<string, SentMap>): Promise<number> {
    if (out.length === 0) return 0;
    const ids = await Promise.all(out.map((o) => documentId(this.keys, o.key)));
    const docs = await Promise.all(
      out.map(async (o, i) => {
        const env: Envelope = {
          type: o.r.type,
          key: o.key,
          device: this.me.device,
          name: this.me.name,
          at: recordTime(o.r),
          record: o.r.record,
        };
        const body = { _id: ids[i]!, ...(await seal(this.keys, ids[i]!, env)) };
        const file = o.r.type === 'evidence' ? await this.fileOf(o.r.record) : undefined;
        return file ? { ...body, f: await sealFile(this.keys, ids[i]!, file) } : body;
      }),
    );
    // One retry for documents that another write changed in between (their new revision).
    for (let attempt = 0; attempt < 2 && docs.length; attempt++) {
      const { rows } = await this.db.allDocs({ keys: docs.map((d) => d._id) });
      const withRev = docs.map((d, i) => {
        const rev = rows[i]?.value?.rev;
        return rev ? { ...d, _rev: rev } : d;
      });
      const results = await this.db.bulkDocs(withRev);
      const failed = new Set(results.filter((r) => r.error === 'conflict').map((r) => r.id));
      docs.splice(0, docs.length, ...docs.filter((d) => failed.has(d._id)));
    }
    for (const o of out) maps.get(o.map)![o.key] = o.mark;
    for (const [name, sent] of maps) await setLocal(this.db, name, sent);
    this.onWritten(ids);
    return out.length;
  }
}
