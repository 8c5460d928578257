/** Sorting loaded playbook files into a Content object. Pure. */
import type { PlaybookFile } from './schema';
import { isIncidentPlaybook, isPlaybookFile, type AnyPlaybookFile, type Content } from './model';

/** Builds Content from every file of playbooks/ (already validated at build time). */
export function toContent(all: readonly AnyPlaybookFile[]): Content {
  // Files of external kinds (e.g. reporting-rules) belong to other features.
  const files = all.filter(isPlaybookFile);
  const one = <K extends PlaybookFile['kind']>(kind: K) => {
    const f = files.find((x) => x.kind === kind);
    if (!f) throw new Error(`content: no "${kind}" file`);
    return f as Extract<PlaybookFile, { kind: K }>;
  };
  return {
    files,
    intro: one('intro'),
    basic: one('basic'),
    incidentTypes: files
      .filter(isIncidentPlaybook)
      .filter((f) => f.kind === 'incident-type')
      .sort((a, b) => a.order - b.order),
    recordItems: one('record-items'),
    notes: one('notes'),
    contacts: one('contacts'),
    references: one('references'),
    triage: one('triage'),
  };
}
