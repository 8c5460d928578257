// The share page's door to the records (through the store) and content: loads what the
// builders need.
import type { ExportContent, IncidentSnapshot } from '../../export/types';
import { loadGuideContent } from './export-content';
import { useStore } from '../../app/store';
import { companyForDrafts } from '../../export/prep-text';
import { loadClock } from '../drills/clock';

/** The guide's content for an incident's documents, with the company from 平時の備え. */
export async function loadExportContent(types: string[], causes: string[]): Promise<ExportContent> {
  const [content, prep] = await Promise.all([
    loadGuideContent(types, causes),
    useStore
      .getState()
      .readPrep()
      .catch(() => null),
  ]);
  return { ...content, company: prep && companyForDrafts(prep) };
}

/** An incident's snapshot and content, or null when the incident does not exist. */
export async function loadShareData(
  id: string,
): Promise<{ snapshot: IncidentSnapshot; content: ExportContent } | null> {
  const snapshot = await useStore.getState().loadSnapshot(id);
  if (!snapshot) return null;
  const { types, causes } = snapshot.incident;
  return { snapshot, content: withDrillClock(await loadExportContent(types, causes), id) };
}

/** The content with incident `id`'s drill clock, if it is a drill (durations in drill time). */
export function withDrillClock(content: ExportContent, id: string): ExportContent {
  const marks = loadClock(id)?.marks;
  return marks ? { ...content, drillClock: marks } : content;
}

/**
 * The content for incident `id`'s documents, loading from now on: the page reads the
 * incident's types itself while the export worker starts and reads the records, so the
 * content is ready when the worker asks for it. Null when the incident is not found.
 */
export function prefetchExportContent(
  id: string,
): Promise<{ key: string; content: ExportContent } | null> {
  return useStore
    .getState()
    .loadClassification(id)
    .then(async (c) =>
      c
        ? {
            key: contentKey(c.types, c.causes),
            content: await loadExportContent(c.types, c.causes),
          }
        : null,
    );
}

/** What the content of an incident's documents depends on, as one string. */
export const contentKey = (types: readonly string[], causes: readonly string[]): string =>
  JSON.stringify([types, causes]);
