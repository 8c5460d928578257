import { STORES_OF_AN_INCIDENT, type Incident, type IncidentStatus } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { newId, nowIso } from './ids';
import { appendEntry, touchIncident } from './touch';
import { addToDrillIndex } from './drill-index';

/** What a person gives when starting an incident. */
export interface NewIncident {
  title: string;
  types: string[];
  causes: string[];
  /** 発覚日時 (ISO); defaults to now. */
  discoveredAt?: string;
  /** Who started it (for the first timeline entry). */
  by: string;
  /** Text of the first timeline entry, e.g. 「対応を開始（ランサムウェア）」. */
  log: string;
  /** Record items filled in from 平時の備え (stored with origin 'prep'). */
  prefill?: { fieldId: string; value: string }[];
  /** The scenario id when starting a drill (訓練). */
  drill?: string;
}

/**
 * Starts an incident (status 'open') with its first timeline entry, in one transaction.
 * `first` is true when it is the first incident on this device (ask for persistence then).
 */
export async function createIncident(
  input: NewIncident,
): Promise<{ incident: Incident; first: boolean }> {
  const now = nowIso();
  const incident: Incident = {
    id: newId(),
    title: input.title,
    types: [...input.types],
    causes: [...input.causes],
    status: 'open',
    discoveredAt: input.discoveredAt ?? now,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...(input.drill ? { drill: input.drill } : {}),
  };
  const result = await write(['incidents', 'timeline', 'fields', 'settings'], async (tx) => {
    const first = (await tx.objectStore('incidents').count()) === 0;
    await tx.objectStore('incidents').add(incident);
    if (input.drill)
      await addToDrillIndex(tx.objectStore('settings'), { [incident.id]: input.drill });
    for (const { fieldId, value } of input.prefill ?? []) {
      const field = { incidentId: incident.id, fieldId, value, updatedAt: now, updatedBy: '' };
      await tx.objectStore('fields').add({ ...field, origin: 'prep' });
    }
    await appendEntry(
      tx.objectStore('timeline'),
      { incidentId: incident.id, at: now, kind: 'created', text: input.log, by: input.by },
      now,
    );
    return { incident, first };
  });
  notifyChange({ incidentId: incident.id, part: 'incident' });
  return result;
}

/** Reads one incident (also when it is in the trash); undefined when missing. */
export function getIncident(id: string): Promise<Incident | undefined> {
  return read(['incidents'], (tx) => tx.objectStore('incidents').get(id));
}

/** A change of the incident's header, logged in the timeline in the same transaction. */
async function changeIncident(
  id: string,
  change: (incident: Incident) => Partial<Incident>,
  log: { text: string; by: string; kind: 'status' | 'field' } | null,
): Promise<Incident> {
  const now = nowIso();
  const result = await write(['incidents', 'timeline'], async (tx) => {
    const next = await touchIncident(tx.objectStore('incidents'), id, now, change);
    if (log)
      await appendEntry(tx.objectStore('timeline'), { incidentId: id, at: now, ...log }, now);
    return next;
  });
  notifyChange({ incidentId: id, part: 'incident' });
  return result;
}

/** Sets 対応中 / 復旧済み / 完了, with a timeline entry. */
export function updateIncidentStatus(
  id: string,
  status: IncidentStatus,
  log: { text: string; by: string },
): Promise<Incident> {
  return changeIncident(id, () => ({ status }), { ...log, kind: 'status' });
}

/** Renames an incident (not logged: the title is a label, not an event). */
export function renameIncident(id: string, title: string): Promise<Incident> {
  return changeIncident(id, () => ({ title }), null);
}

/** Changes the types (分類) and causes, with a timeline entry. */
export function setIncidentTypes(
  id: string,
  types: string[],
  causes: string[],
  log: { text: string; by: string },
): Promise<Incident> {
  return changeIncident(id, () => ({ types: [...types], causes: [...causes] }), {
    ...log,
    kind: 'field',
  });
}

/** Changes 発覚日時 (ISO), with a timeline entry. */
export function setDiscoveredAt(
  id: string,
  discoveredAt: string,
  log: { text: string; by: string },
): Promise<Incident> {
  return changeIncident(id, () => ({ discoveredAt }), { ...log, kind: 'field' });
}

/** Moves an incident to the trash (restorable for 30 days). */
export async function moveToTrash(id: string): Promise<Incident> {
  const now = nowIso();
  // The index on deletedAt is the trash: setting it is all it takes.
  const result = await write(['incidents'], (tx) =>
    touchIncident(tx.objectStore('incidents'), id, now, () => ({ deletedAt: now })),
  );
  notifyChange({ incidentId: id, part: 'trash' });
  return result;
}

/** Takes an incident back out of the trash. */
export async function restoreFromTrash(id: string): Promise<Incident> {
  const now = nowIso();
  const result = await write(['incidents'], (tx) =>
    touchIncident(tx.objectStore('incidents'), id, now, () => ({ deletedAt: null })),
  );
  notifyChange({ incidentId: id, part: 'trash' });
  return result;
}

/** The incidents in the trash, most recently deleted first. */
export async function listTrash(): Promise<Incident[]> {
  return read(['incidents'], async (tx) =>
    inTrash(await tx.objectStore('incidents').index('byDeletedAt').getAll()).sort((a, b) =>
      b.deletedAt!.localeCompare(a.deletedAt!),
    ),
  );
}

/**
 * The incidents of a read through the trash index that really are in the trash. WebKitGTK
 * 2.50 returns from an index's getAll and getAllKeys also the records whose indexed value is
 * null (so not indexed: its count() leaves them out), even with a key range; the check
 * keeps purge from deleting a live incident there.
 */
export const inTrash = (incidents: Incident[]): Incident[] =>
  incidents.filter((i) => typeof i.deletedAt === 'string');

/** How long an incident stays restorable in the trash. */
export const TRASH_DAYS = 30;

/**
 * Deletes for good every incident that has been in the trash for more than 30 days, with
 * all its fields, progress, timeline, reporting, drafts and evidence, in one transaction. Returns their ids.
 */
export async function purgeTrash(now: Date = new Date()): Promise<string[]> {
  const limit = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
  const purged = await write([...STORES_OF_AN_INCIDENT], async (tx) => {
    // Only what has been in the trash since `limit` or earlier, read through the trash index.
    const old = inTrash(
      await tx.objectStore('incidents').index('byDeletedAt').getAll(IDBKeyRange.upperBound(limit)),
    ).filter((i) => i.deletedAt! <= limit);
    const gone: string[] = [];
    for (const { id } of old) {
      await tx.objectStore('incidents').delete(id);
      const range = IDBKeyRange.bound([id, ''], [id, '\uffff']);
      await tx.objectStore('fields').delete(range);
      await tx.objectStore('progress').delete(range);
      await tx.objectStore('reporting').delete(range);
      await tx.objectStore('drafts').delete(range);
      await tx.objectStore('evidence').delete(range);
      await tx.objectStore('evidenceFiles').delete(range);
      const timelineKeys = await tx
        .objectStore('timeline')
        .index('byIncidentAt')
        .getAllKeys(IDBKeyRange.bound([id, ''], [id, '\uffff']));
      for (const key of timelineKeys) await tx.objectStore('timeline').delete(key);
      gone.push(id);
    }
    return gone;
  });
  if (purged.length) notifyChange({ incidentId: null, part: 'trash' });
  return purged;
}
