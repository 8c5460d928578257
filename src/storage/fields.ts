import type { FieldValue } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { touchIncident } from './touch';

/** Saves one record field (and bumps the incident's activity) in one transaction. */
export async function putField(input: {
  incidentId: string;
  fieldId: string;
  value: string;
  by: string;
}): Promise<FieldValue> {
  const now = nowIso();
  const field: FieldValue = { ...input, updatedAt: now, updatedBy: input.by };
  delete (field as Partial<{ by: string }>).by;
  await write(['incidents', 'fields'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    await tx.objectStore('fields').put(field);
  });
  notifyChange({ incidentId: input.incidentId, part: 'fields' });
  return field;
}

/** Every record field of one incident. */
export function listFields(incidentId: string): Promise<FieldValue[]> {
  return read(['fields'], (tx) => tx.objectStore('fields').index('byIncident').getAll(incidentId));
}
