import type { IncidentStatus } from './schema';
import { read } from './db';
import { TRASH_KEY, type TrashIndex } from './trash-index';

/**
 * How many incidents (not in the trash) have `status`, counted through the status index
 * without reading them (the trash, usually short, is subtracted).
 */
export function countIncidents(status: IncidentStatus): Promise<number> {
  return read(['incidents', 'settings'], async (tx) => {
    const store = tx.objectStore('incidents');
    const all = await store
      .index('byStatusUpdatedAt')
      .count(IDBKeyRange.bound([status, ''], [status, '\uffff']));
    const trash = ((await tx.objectStore('settings').get(TRASH_KEY))?.value ?? {}) as TrashIndex;
    let trashed = 0;
    for (const id of Object.keys(trash)) {
      const incident = await store.get(id);
      if (incident && incident.deletedAt !== null && incident.status === status) trashed++;
    }
    return all - trashed;
  });
}
