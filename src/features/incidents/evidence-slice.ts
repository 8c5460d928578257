// A plain module (no state): the evidence page's reads and writes.
import { addEvidence as storeEvidence } from '../../storage/evidence';
import { stripUnsafeDeep } from '../../lib/unsafe-text';

export { getEvidenceFile, listEvidence, listEvidenceFiles } from '../../storage/evidence';
export type { EvidenceMeta } from '../../storage/schema';

/** Keeps a file as evidence; its name, note and who pass the rule for control and bidi characters. */
export const addEvidence: typeof storeEvidence = (input) => storeEvidence(stripUnsafeDeep(input));
