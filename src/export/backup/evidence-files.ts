import type { EvidenceFile } from '../../storage/schema';
import { toBase64 } from './base64';
import type { BackupEvidenceFile } from './format';

/** The stored evidence files as a backup file carries them (original bytes in base64). */
export async function encodeEvidenceFiles(files: EvidenceFile[]): Promise<BackupEvidenceFile[]> {
  const out: BackupEvidenceFile[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(await f.blob.arrayBuffer());
    out.push({ incidentId: f.incidentId, id: f.id, base64: toBase64(bytes) });
  }
  return out;
}

/** Evidence files from this size in all (bytes) are left out of a backup unless she asks. */
export const LARGE_EVIDENCE_BYTES = 20 * 1024 * 1024;
