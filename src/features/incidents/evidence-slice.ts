// A plain module (no state): the evidence page's reads and writes.
import { addEvidence as storeEvidence } from '../../storage/evidence';
import { stripUnsafeDeep } from '../../lib/unsafe-text';
import { messagesOf } from '../../i18n/active';
import { incidentsEvidence } from '../../i18n/ja/incidents-evidence';

export { getEvidenceFile, listEvidence, listEvidenceFiles } from '../../storage/evidence';
export type { EvidenceMeta } from '../../storage/schema';

/**
 * Keeps a file as evidence; its name, note and who pass the rule for control and bidi
 * characters. Its timeline entry is worded in the language on screen now.
 */
export const addEvidence = (input: Omit<Parameters<typeof storeEvidence>[0], 'words'>) =>
  storeEvidence({ ...stripUnsafeDeep(input), words: messagesOf(incidentsEvidence) });
