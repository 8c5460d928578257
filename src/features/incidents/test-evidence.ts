// Test helper: the record of a piece of evidence without its file, as a restore from a backup
// made without the files (or another phone's sync) leaves it.
import { getDB } from '../../storage';
import type { EvidenceMeta } from './evidence-slice';

/** Stores the record of a 2 MB photo (no bytes) for `incidentId`; `over` changes any field. */
export async function putEvidenceRecord(
  incidentId: string,
  over: Partial<EvidenceMeta> = {},
): Promise<void> {
  await (
    await getDB()
  ).put('evidence', {
    id: 'ev-1',
    incidentId,
    name: 'screen.jpg',
    type: 'image/jpeg',
    size: 2_097_152,
    sha256: 'b'.repeat(64),
    capturedAt: '2026-11-24T00:00:00.000Z',
    by: '山田',
    note: '',
    timelineId: 't-1',
    ...over,
  });
}
