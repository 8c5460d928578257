import { useEffect, useState } from 'preact/hooks';
import { listEvidence } from './evidence-slice';

/** How many pieces of evidence are attached to each checklist item and timeline entry. */
export interface EvidenceCounts {
  items: Record<string, number>;
  entries: Record<string, number>;
}

/** The incident's evidence counts per item and entry, read once per incident (and `version`). */
export function useEvidenceLinks(incidentId: string, version = ''): EvidenceCounts {
  const [counts, setCounts] = useState<EvidenceCounts>({ items: {}, entries: {} });
  useEffect(() => {
    let live = true;
    void listEvidence(incidentId).then(
      (list) => {
        const next: EvidenceCounts = { items: {}, entries: {} };
        for (const e of list) {
          if (e.itemId) next.items[e.itemId] = (next.items[e.itemId] ?? 0) + 1;
          if (e.entryId) next.entries[e.entryId] = (next.entries[e.entryId] ?? 0) + 1;
        }
        // Unchanged counts keep the same object: a tick (a new timeline entry) re-renders nothing.
        if (live) setCounts((shown) => (sameCounts(shown, next) ? shown : next));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [incidentId, version]);
  return counts;
}

const sameMap = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

const sameCounts = (a: EvidenceCounts, b: EvidenceCounts) =>
  sameMap(a.items, b.items) && sameMap(a.entries, b.entries);
