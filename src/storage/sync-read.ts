import { read } from './db';

/** Every incident id, the trash included (team mode's first sync). */
export function listIncidentIds(): Promise<string[]> {
  return read(['incidents'], (tx) => tx.objectStore('incidents').getAllKeys());
}
