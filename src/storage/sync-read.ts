import { read } from './db';

/** Every incident id, the trash included (team mode's first sync). */
export function listIncidentIds(): Promise<string[]> {
  return read(['incidents'], (tx) => tx.objectStore('incidents').getAllKeys());
}

/** The ids of the incidents with any activity after `since` (ISO), by the updatedAt index. */
export function listIncidentIdsSince(since: string): Promise<string[]> {
  return read(['incidents'], async (tx) => {
    const keys = await tx
      .objectStore('incidents')
      .index('byUpdatedAt')
      .getAllKeys(IDBKeyRange.lowerBound(since, true));
    return keys;
  });
}
