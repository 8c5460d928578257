// A plain module (no state): the evidence page's reads and writes.
export {
  addEvidence,
  getEvidenceFile,
  listEvidence,
  listEvidenceFiles,
} from '../../storage/evidence';
export type { EvidenceMeta } from '../../storage/schema';
