// The content ids a restored record may name: incident types, causes and checklist items
// of the playbooks this app ships (loaded on demand, with the backup page only).
import type { KnownIds } from '../../export/backup/check';
import { BASIC_STEPS, INCIDENT_TYPES } from '../../content/catalog';
import { loadIncidentPlaybooks } from '../../content/load';

/** Every type, cause and checklist item id of the shipped playbooks. */
export async function loadKnownIds(): Promise<KnownIds> {
  const typeIds = INCIDENT_TYPES.map((t) => t.id);
  const playbooks = await loadIncidentPlaybooks(typeIds);
  const items = new Set<string>();
  for (const pb of playbooks)
    for (const phase of pb.phases)
      for (const section of phase.sections) for (const item of section.items) items.add(item.id);
  return {
    types: new Set([BASIC_STEPS.id, ...typeIds]),
    causes: new Set(INCIDENT_TYPES.flatMap((t) => (t.causes ?? []).map((c) => c.id))),
    items,
  };
}
