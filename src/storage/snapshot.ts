import type { IncidentSnapshot } from './schema';
import { read } from './db';

export type { IncidentSnapshot };

/** Loads one incident with all its parts, consistently; undefined when it does not exist. */
export function loadIncidentSnapshot(id: string): Promise<IncidentSnapshot | undefined> {
  return read(['incidents', 'fields', 'progress', 'timeline', 'reporting'], async (tx) => {
    const [incident, fields, progress, timeline, reporting] = await Promise.all([
      tx.objectStore('incidents').get(id),
      tx.objectStore('fields').index('byIncident').getAll(id),
      tx.objectStore('progress').index('byIncident').getAll(id),
      tx
        .objectStore('timeline')
        .index('byIncidentAt')
        .getAll(IDBKeyRange.bound([id, ''], [id, '\uffff'])),
      tx.objectStore('reporting').index('byIncident').getAll(id),
    ]);
    return incident ? { incident, fields, progress, timeline, reporting } : undefined;
  });
}
