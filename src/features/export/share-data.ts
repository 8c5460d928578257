// The share page's door to the records (through the store) and content: loads what the
// builders need.
import { INCIDENT_TYPES } from '../../content/catalog';
import { checklistFor } from '../../content/checklist';
import { loadIncidentPlaybooks, loadPlaybook } from '../../content/load';
import type { RecordItems } from '../../content/schema';
import type { ExportContent, IncidentSnapshot } from '../../export/types';
import { useStore } from '../../app/store';
import { companyForDrafts } from '../../export/prep-text';

/** The content an incident's documents need: record item labels, type titles, checklist. */
export async function loadExportContent(types: string[], causes: string[]): Promise<ExportContent> {
  const [playbooks, record, prep] = await Promise.all([
    loadIncidentPlaybooks(types),
    loadPlaybook<RecordItems>('record-items'),
    useStore
      .getState()
      .readPrep()
      .catch(() => null),
  ]);
  const checklist = checklistFor(playbooks, types, causes);
  return {
    recordItems: record.items.map(({ id, label }) => ({ id, label })),
    fiveW1H: record.fiveW1H.map(({ id, label }) => ({ id, label })),
    typeTitles: Object.fromEntries(INCIDENT_TYPES.map((t) => [t.id, t.shortTitle])),
    causeTitles: Object.fromEntries(
      INCIDENT_TYPES.flatMap((t) => t.causes ?? []).map((c) => [c.id, c.title]),
    ),
    company: prep && companyForDrafts(prep),
    phases: checklist.map((p) => ({
      id: p.phase,
      title: p.title,
      // Info items (facts, nothing to tick) are not checklist progress: left out.
      items: p.sections.flatMap((s) =>
        s.items.filter((it) => !it.info).map(({ id, text }) => ({ id, text })),
      ),
    })),
  };
}

/** An incident's snapshot and content, or null when the incident does not exist. */
export async function loadShareData(
  id: string,
): Promise<{ snapshot: IncidentSnapshot; content: ExportContent } | null> {
  const snapshot = await useStore.getState().loadSnapshot(id);
  if (!snapshot) return null;
  const { types, causes } = snapshot.incident;
  return { snapshot, content: await loadExportContent(types, causes) };
}
