import type { IncidentStatus } from './schema';
import { read } from './db';
import { inTrash } from './incidents';
import { DRILLS_KEY, type DrillIndex } from './drill-index';

/**
 * How many incidents (not in the trash, not drills) have `status`, counted through the
 * status index without reading them (the trash and the drills, usually short, are subtracted).
 */
export function countIncidents(status: IncidentStatus): Promise<number> {
  return read(['incidents', 'settings'], async (tx) => {
    const store = tx.objectStore('incidents');
    const all = await store
      .index('byStatusUpdatedAt')
      .count(IDBKeyRange.bound([status, ''], [status, '\uffff']));
    // The trash index holds only incidents in the trash.
    let trashed = 0;
    for (const incident of inTrash(await store.index('byDeletedAt').getAll())) {
      if (incident.status === status) trashed++;
    }
    const drills = ((await tx.objectStore('settings').get(DRILLS_KEY))?.value ?? {}) as DrillIndex;
    for (const id of Object.keys(drills)) {
      const incident = await store.get(id);
      if (incident && incident.deletedAt === null && incident.status === status) trashed++;
    }
    return all - trashed;
  });
}
