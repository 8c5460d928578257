import type { FieldValue } from './schema';
import { read, write } from './db';
import { notifyChange } from './broadcast';
import { nowIso } from './ids';
import { appendEntry, touchIncident } from './touch';

/** The result of saving a field: what is stored now, and the newer text it replaced, if any. */
export interface FieldSave {
  field: FieldValue;
  /** Another tab's (or person's) newer text that this save replaced; kept in the timeline. */
  overwritten: FieldValue | null;
}

/**
 * Saves one record field (and bumps the incident's activity) in one transaction.
 * Compare-and-set: `base` is the updatedAt of the stored value the edit started from (null:
 * the field was empty). If the stored value changed since, the other text is not lost: it is
 * written to the timeline as a 'conflict' entry (text from `conflictLog`) in the same transaction.
 */
export async function putField(input: {
  incidentId: string;
  fieldId: string;
  value: string;
  by: string;
  base?: string | null;
  conflictLog?: (other: FieldValue) => string;
}): Promise<FieldSave> {
  const now = nowIso();
  const field: FieldValue = {
    incidentId: input.incidentId,
    fieldId: input.fieldId,
    value: input.value,
    updatedAt: now,
    updatedBy: input.by,
  };
  const overwritten = await write(['incidents', 'fields', 'timeline'], async (tx) => {
    await touchIncident(tx.objectStore('incidents'), input.incidentId, now);
    const fields = tx.objectStore('fields');
    const current = await fields.get([input.incidentId, input.fieldId]);
    const changedSince =
      input.base !== undefined &&
      current !== undefined &&
      current.updatedAt !== input.base &&
      current.value !== input.value &&
      current.value.trim() !== '';
    if (changedSince) {
      await appendEntry(
        tx.objectStore('timeline'),
        {
          incidentId: input.incidentId,
          at: now,
          kind: 'conflict',
          text: input.conflictLog?.(current) ?? current.value,
          by: current.updatedBy,
        },
        now,
      );
    }
    await fields.put(field);
    return changedSince ? current : null;
  });
  notifyChange({ incidentId: input.incidentId, part: overwritten ? 'timeline' : 'fields' });
  return { field, overwritten };
}

/** Every record field of one incident. */
export function listFields(incidentId: string): Promise<FieldValue[]> {
  return read(['fields'], (tx) => tx.objectStore('fields').index('byIncident').getAll(incidentId));
}
