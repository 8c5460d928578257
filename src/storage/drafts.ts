import type { Draft } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { touchIncident } from './touch';

/** Keeps her edited text of one document (and bumps the incident's activity) in one transaction. */
export async function putDraft(input: { incidentId: string; kind: string; text: string }) {
  const now = nowIso();
  const draft: Draft = { ...input, updatedAt: now };
  await write(['incidents', 'drafts'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    await tx.objectStore('drafts').put(draft);
  });
  notifyChange({ incidentId: input.incidentId, part: 'drafts' });
  return draft;
}

/** Forgets the edited text: the document is made from the record again. */
export async function deleteDraft(incidentId: string, kind: string): Promise<void> {
  await write(['drafts'], (tx) => tx.objectStore('drafts').delete([incidentId, kind]));
  notifyChange({ incidentId, part: 'drafts' });
}

/** Every kept draft of one incident. */
export function listDrafts(incidentId: string): Promise<Draft[]> {
  return read(['drafts'], (tx) => tx.objectStore('drafts').index('byIncident').getAll(incidentId));
}
