import { read } from './db';

/** How much evidence is kept: files and bytes, in all and per incident. */
export interface EvidenceUsage {
  count: number;
  bytes: number;
  /** Incident id → bytes of its evidence files. */
  byIncident: Record<string, number>;
}

/** Sums the sizes recorded with the evidence (metadata only: no file is read). */
export function evidenceUsage(): Promise<EvidenceUsage> {
  return read(['evidence'], async (tx) => {
    const usage: EvidenceUsage = { count: 0, bytes: 0, byIncident: {} };
    for (const e of await tx.objectStore('evidence').getAll()) {
      usage.count++;
      usage.bytes += e.size;
      usage.byIncident[e.incidentId] = (usage.byIncident[e.incidentId] ?? 0) + e.size;
    }
    return usage;
  });
}
