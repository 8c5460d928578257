// What the documents need from the guide's content (no store; share-data adds the company).
import { INCIDENT_TYPES } from '../../content/catalog';
import { checklistFor } from '../../content/checklist';
import { loadIncidentPlaybooks, loadPlaybook } from '../../content/load';
import type { RecordItems } from '../../content/schema';
import type { ExportContent } from '../../export/types';
import { stepsOfChecklist } from '../drills/durations';

/** The content an incident's documents need: record item labels, type titles, checklist. */
export async function loadGuideContent(types: string[], causes: string[]): Promise<ExportContent> {
  const [playbooks, record] = await Promise.all([
    loadIncidentPlaybooks(types),
    loadPlaybook<RecordItems>('record-items'),
  ]);
  const checklist = checklistFor(playbooks, types, causes);
  return {
    recordItems: record.items.map(({ id, label }) => ({ id, label })),
    fiveW1H: record.fiveW1H.map(({ id, label }) => ({ id, label })),
    typeTitles: Object.fromEntries(INCIDENT_TYPES.map((t) => [t.id, t.shortTitle])),
    causeTitles: Object.fromEntries(
      INCIDENT_TYPES.flatMap((t) => t.causes ?? []).map((c) => [c.id, c.title]),
    ),
    phases: checklist.map((p) => ({
      id: p.phase,
      title: p.title,
      // Info items (facts, nothing to tick) are not checklist progress: left out.
      items: p.sections.flatMap((s) =>
        s.items.filter((it) => !it.info).map(({ id, text }) => ({ id, text })),
      ),
    })),
    stepsOfItem: stepsOfChecklist(checklist),
  };
}
