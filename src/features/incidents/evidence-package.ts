// Saves the 証拠パッケージ (zip of the originals and the 証拠一覧); the zip code loads on use.
import { listEvidenceFiles, type EvidenceMeta } from './evidence-slice';

/** Builds the incident's evidence zip from the stored originals and saves it as a file. */
export async function saveEvidencePackage(
  incidentId: string,
  title: string,
  items: readonly EvidenceMeta[],
): Promise<boolean> {
  const [{ evidencePackage }, { saveFile }, { safeFileName }, files] = await Promise.all([
    import('../../export/evidence-zip'),
    import('../export/share'),
    import('../../export/build'),
    listEvidenceFiles(incidentId),
  ]);
  const blobs = new Map(files.map((f) => [f.id, f.blob]));
  const packed = await Promise.all(
    items.map(async (meta) => {
      const blob = blobs.get(meta.id);
      return { meta, bytes: blob ? new Uint8Array(await blob.arrayBuffer()) : null };
    }),
  );
  const zip = evidencePackage(title, packed, new Date().toISOString());
  const name = `${safeFileName(title)}_証拠パッケージ.zip`;
  return saveFile(
    new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    name,
    'application/zip',
  );
}
