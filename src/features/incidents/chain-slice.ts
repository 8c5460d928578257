// A plain module (no state): the chain check the 対応経過 page runs on the stored timeline.
import { verifyIncidentChain } from '../../storage/chain-check';

/** Verifies an incident's whole stored timeline (never throws: a failure reads as null). */
export function checkIncidentChain(incidentId: string) {
  return verifyIncidentChain(incidentId).catch(() => null);
}
