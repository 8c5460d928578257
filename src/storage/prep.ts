import type { PrepRecord } from './prep-schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';

/** A prep record as a form gives it (the time is set when it is stored). */
export type PrepInput = PrepRecord extends infer R
  ? R extends PrepRecord
    ? Omit<R, 'updatedAt'>
    : never
  : never;

/** Every record of 平時の備え (company, contacts, systems, check), in one read. */
export function listPrep(): Promise<PrepRecord[]> {
  return read(['prep'], (tx) => tx.objectStore('prep').getAll());
}

/** Saves one prep record in its own strict transaction; resolves after the commit. */
export async function putPrep(input: PrepInput): Promise<PrepRecord> {
  const record = { ...input, updatedAt: nowIso() } as PrepRecord;
  await write(['prep'], async (tx) => {
    await tx.objectStore('prep').put(record);
  });
  notifyChange({ incidentId: null, part: 'prep' });
  return record;
}
