import { listTimeline } from './timeline';
import { verifyChains, type ChainReport } from './chain';

/** Verifies the hash chain of one incident's whole timeline, as stored now. */
export async function verifyIncidentChain(incidentId: string): Promise<ChainReport> {
  return verifyChains(await listTimeline(incidentId));
}
