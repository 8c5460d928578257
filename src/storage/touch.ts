import type { Incident, TimelineEntry } from './schema';
import { StorageError } from './errors';
import { newId } from './ids';
import { loadedChain } from './chain-loader';

/** The incidents store of a read-write transaction (only what is used here). */
export interface IncidentStore {
  get(key: string): Promise<Incident | undefined>;
  put(value: Incident): Promise<unknown>;
}
/** The timeline store of a read-write transaction (only what is used here). */
export interface TimelineStore {
  add(value: TimelineEntry): Promise<unknown>;
  index(name: 'byIncidentSeq'): {
    openCursor(
      range: IDBKeyRange,
      direction: 'prev',
    ): Promise<{ value: TimelineEntry; continue(): Promise<unknown> } | null>;
  };
}

/**
 * Reads the incident inside the transaction, applies `change`, bumps updatedAt and writes it
 * back: the read and the write are in the same transaction, never from memory.
 */
export async function touchIncident(
  store: IncidentStore,
  incidentId: string,
  now: string,
  change: (incident: Incident) => Partial<Incident> = () => ({}),
): Promise<Incident> {
  const current = await store.get(incidentId);
  if (!current) {
    throw new StorageError('failed', {
      message:
        'この対応記録は見つかりませんでした。削除されたか、別のタブで完全に削除された可能性があります。',
    });
  }
  const next: Incident = { ...current, ...change(current), updatedAt: now };
  await store.put(next);
  return next;
}

/**
 * This phone's last entry of the incident, read inside the transaction (entries from other
 * phones of the team, `via`, are on their own chains): the one a new entry chains after.
 */
export async function lastOwnEntry(
  store: TimelineStore,
  incidentId: string,
): Promise<TimelineEntry | undefined> {
  let last = await store
    .index('byIncidentSeq')
    .openCursor(IDBKeyRange.bound([incidentId, 0], [incidentId, Infinity]), 'prev');
  while (last?.value.via) last = (await last.continue()) as typeof last;
  return last?.value;
}

/**
 * Appends one timeline entry inside the transaction, chained after this phone's last entry of
 * the incident (read in the same transaction, so two tabs never fork the chain; a caller that
 * read it already, alongside its other reads, passes it as `previous`); returns it.
 */
export async function appendEntry(
  store: TimelineStore,
  entry: Omit<TimelineEntry, 'id' | 'createdAt'> & { createdAt?: string },
  now: string,
  previous?: { entry: TimelineEntry | undefined },
): Promise<TimelineEntry> {
  const draft: TimelineEntry = { id: newId(), createdAt: now, ...entry };
  if (draft.corrects === undefined) delete draft.corrects;
  const last = previous ? previous.entry : await lastOwnEntry(store, entry.incidentId);
  // write() loads the chain code before any transaction over the timeline.
  const full = loadedChain()!.sealEntry(draft, last);
  await store.add(full);
  return full;
}
