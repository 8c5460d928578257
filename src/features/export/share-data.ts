// The share page's door to the records (through the store) and content: loads what the
// builders need.
import type { ExportContent, IncidentSnapshot } from '../../export/types';
import { loadExportContent } from './export-content';
import { useStore } from '../../app/store';

export { loadExportContent };

/** An incident's snapshot and content, or null when the incident does not exist. */
export async function loadShareData(
  id: string,
): Promise<{ snapshot: IncidentSnapshot; content: ExportContent } | null> {
  const snapshot = await useStore.getState().loadSnapshot(id);
  if (!snapshot) return null;
  const { types, causes } = snapshot.incident;
  return { snapshot, content: await loadExportContent(types, causes) };
}
