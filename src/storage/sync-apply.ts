// Team mode: records that came from another phone, applied in one strict transaction per batch.
// The merge rule is the caller's (src/sync/merge.ts); this file only reads, decides and writes.
import type {
  EvidenceMeta,
  FieldValue,
  Incident,
  ProgressEntry,
  ReportingEntry,
  TimelineEntry,
} from './schema';
import type { PrepRecord } from './prep-schema';
import { write } from './db';
import { CHANNEL_NAME, type ChangeMessage } from './broadcast';
import { nowIso } from './ids';
import { appendEntry } from './touch';
import { addToDrillIndex } from './drill-index';
import { keepReplacedPrep } from './prep-replaced';
import type { SettingsStore } from './settings';

/** One record as another phone sent it. */
export type RemoteRecord =
  | { type: 'incident'; record: Incident }
  | { type: 'field'; record: FieldValue }
  | { type: 'progress'; record: ProgressEntry }
  | { type: 'reporting'; record: ReportingEntry }
  | { type: 'timeline'; record: TimelineEntry }
  /** Evidence: its record, and its bytes when they came too (checked against its SHA-256). */
  | { type: 'evidence'; record: EvidenceMeta; file?: Blob }
  | { type: 'prep'; record: PrepRecord };

/** What to do with one remote record, given the stored one. */
export interface Decision {
  take: boolean;
  /**
   * The stored value that loses, kept as a 'conflict' timeline entry of its incident (備え: in the
   * settings row 'prep-replaced', prep-replaced.ts).
   */
  conflict?: { text: string; by: string };
}

/** The caller's merge rule (never called for timeline entries or evidence: their union is kept). */
export type ApplyPolicy = (remote: RemoteRecord, local: unknown) => Decision;

/**
 * Keeps the drill index (a settings row) in step with an incident from another phone; the
 * trash is the index byDeletedAt, kept by IndexedDB itself.
 */
async function indexIncident(settings: SettingsStore, incident: Incident): Promise<void> {
  if (incident.drill) await addToDrillIndex(settings, { [incident.id]: incident.drill });
}

let arrivals: BroadcastChannel | null | undefined;

/**
 * Tells every tab, this one included, of a change that came from another phone: posted on a
 * channel object of its own, so that this tab's listeners hear it like another tab's.
 */
function notifyArrived(message: Omit<ChangeMessage, 'type' | 'source'>): void {
  if (arrivals === undefined) {
    arrivals = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    // In Node (tests) an open channel would keep the process alive.
    (arrivals as unknown as { unref?: () => void } | null)?.unref?.();
  }
  try {
    arrivals?.postMessage({ type: 'changed', source: 'team:arrived', ...message });
  } catch {
    // The screens refresh on their next read.
  }
}

/** What a batch changed: incidents touched, and the conflict entries it wrote (to send on). */
export interface ApplyResult {
  incidents: string[];
  conflicts: TimelineEntry[];
  prep: boolean;
}

const STORES = [
  'incidents',
  'fields',
  'progress',
  'reporting',
  'timeline',
  'evidence',
  'evidenceFiles',
  'prep',
  'settings',
] as const;

/** The stored key of a remote record in its store. */
function keyOf(r: RemoteRecord): IDBValidKey {
  switch (r.type) {
    case 'incident':
    case 'timeline':
    case 'prep':
      return r.record.id;
    case 'field':
      return [r.record.incidentId, r.record.fieldId];
    case 'progress':
      return [r.record.incidentId, r.record.itemId];
    case 'reporting':
      return [r.record.incidentId, r.record.key];
    case 'evidence':
      return [r.record.incidentId, r.record.id];
  }
}

const STORE_OF = {
  incident: 'incidents',
  field: 'fields',
  progress: 'progress',
  reporting: 'reporting',
  timeline: 'timeline',
  evidence: 'evidence',
  prep: 'prep',
} as const;

const PART_OF: Record<RemoteRecord['type'], ChangeMessage['part']> = {
  incident: 'incident',
  field: 'fields',
  progress: 'progress',
  reporting: 'reporting',
  timeline: 'timeline',
  evidence: 'timeline',
  prep: 'prep',
};

/**
 * Applies a batch of remote records: timeline entries and evidence (its record and bytes) are
 * added when missing (never changed),
 * every other record is put when the policy says so; a losing stored value becomes a 'conflict'
 * entry on this phone's chain, in the same transaction. Tells every tab afterwards.
 */
export async function applyRemote(
  batch: readonly RemoteRecord[],
  policy: ApplyPolicy,
): Promise<ApplyResult> {
  const now = nowIso();
  const touched = new Map<string, Set<ChangeMessage['part']>>();
  const mark = (id: string, part: ChangeMessage['part']) =>
    (touched.get(id) ?? touched.set(id, new Set()).get(id)!).add(part);
  let prep = false;
  const conflicts = await write([...STORES], async (tx) => {
    const written: TimelineEntry[] = [];
    for (const r of batch) {
      // The stores differ in value type; each branch below puts its own record type.
      const store = tx.objectStore(STORE_OF[r.type]) as unknown as {
        get(key: IDBValidKey): Promise<unknown>;
        put(value: unknown): Promise<unknown>;
      };
      const local = await store.get(keyOf(r));
      if (r.type === 'timeline') {
        if (local === undefined) {
          await store.put(r.record);
          mark(r.record.incidentId, 'timeline');
        }
        continue;
      }
      if (r.type === 'evidence') {
        // Immutable like its timeline entry: kept once, with its bytes in the same transaction.
        if (local === undefined) {
          await store.put(r.record);
          const { incidentId, id } = r.record;
          if (r.file) await tx.objectStore('evidenceFiles').put({ incidentId, id, blob: r.file });
          mark(incidentId, 'timeline');
        }
        continue;
      }
      const decision = policy(r, local);
      if (!decision.take) continue;
      if (r.type === 'prep') {
        await store.put(r.record);
        if (decision.conflict) {
          const { text } = decision.conflict;
          await keepReplacedPrep(tx.objectStore('settings'), {
            at: now,
            text,
            record: local as PrepRecord,
          });
        }
        prep = true;
        continue;
      }
      const incidentId = r.type === 'incident' ? r.record.id : r.record.incidentId;
      if (r.type === 'incident') {
        const before = local as Incident | undefined;
        const updatedAt = [before?.updatedAt ?? '', r.record.updatedAt].sort()[1]!;
        await store.put({ ...r.record, updatedAt });
        await indexIncident(tx.objectStore('settings'), r.record);
      } else {
        await store.put(r.record);
      }
      mark(incidentId, PART_OF[r.type]);
      if (decision.conflict) {
        written.push(
          await appendEntry(
            tx.objectStore('timeline'),
            { incidentId, at: now, kind: 'conflict', ...decision.conflict },
            now,
          ),
        );
        // The entry is this phone's own write: bumping the activity time lets the next start
        // find and send it, should the page close before the push that follows this batch.
        const incidents = tx.objectStore('incidents');
        const current = await incidents.get(incidentId);
        if (current && current.updatedAt < now) await incidents.put({ ...current, updatedAt: now });
        mark(incidentId, 'timeline');
      }
    }
    return written;
  });
  for (const [incidentId, parts] of touched) {
    for (const part of parts) notifyArrived({ incidentId, part });
  }
  if (prep) notifyArrived({ incidentId: null, part: 'prep' });
  return { incidents: [...touched.keys()], conflicts, prep };
}
