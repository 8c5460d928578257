// Names of checklist items and record items for conflict entries, from the playbooks.
import { loadAll } from '../content/load';
import type { Labeler } from './merge';

/** Every `{ id, label | title | text }` in the playbooks, id → its words (first one wins). */
function collect(value: unknown, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const words = [o.label, o.title, o.text].find((w): w is string => typeof w === 'string');
  if (typeof o.id === 'string' && words && !into.has(o.id)) {
    into.set(o.id, Array.from(words.trim()).slice(0, 40).join(''));
  }
  for (const v of Object.values(o)) if (v && typeof v === 'object') collect(v, into);
}

/** A labeler that names items by the playbooks' words (ids when a playbook cannot load). */
export async function contentLabels(): Promise<Labeler> {
  const names = new Map<string, string>();
  try {
    collect((await loadAll()).files, names);
  } catch {
    // Offline before the playbooks were cached: ids still say which item it was.
  }
  return (r) => {
    const id =
      r.type === 'field'
        ? r.record.fieldId
        : r.type === 'progress'
          ? r.record.itemId
          : r.type === 'reporting'
            ? r.record.key.replace(/^[qd]:/, '')
            : r.type;
    return names.get(id) ?? id;
  };
}
