// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createIncident } from './index';
import { getEvidenceFile, listEvidence } from './evidence';
import { applyRemote, type ApplyPolicy } from './sync-apply';
import type { EvidenceMeta } from './schema';
import { useFreshDB } from './test-db';
import { readAllForBackup } from './backup-repo';
import { encodeEvidenceFiles } from '../export/backup/evidence-files';
import { makeBackup, serializeBackup } from '../export/backup/format';
import { readBackupText } from '../export/backup/parse';

useFreshDB();

const never: ApplyPolicy = () => {
  throw new Error('evidence is a union: the policy is never asked');
};

const meta = (incidentId: string, id: string, extra: Partial<EvidenceMeta> = {}): EvidenceMeta => ({
  id,
  incidentId,
  name: 'screen.png',
  type: 'image/png',
  size: 4,
  sha256: 'ab'.repeat(32),
  capturedAt: '2026-01-01T00:00:00.000Z',
  by: '鈴木',
  note: '',
  timelineId: 't1',
  device: 'dev-b',
  ...extra,
});

const text = async (blob: Blob | undefined) => (blob ? await blob.text() : undefined);

describe('applyRemote: evidence from another phone', () => {
  it('stores the record and its bytes together, once; a later copy changes nothing', async () => {
    const { incident } = await createIncident({
      title: '事案',
      types: [],
      causes: [],
      by: '山田',
      log: '開始',
    });
    const result = await applyRemote(
      [{ type: 'evidence', record: meta(incident.id, 'e1'), file: new Blob(['ABCD']) }],
      never,
    );
    expect(result.incidents).toEqual([incident.id]);
    await applyRemote(
      [
        {
          type: 'evidence',
          record: meta(incident.id, 'e1', { name: 'x' }),
          file: new Blob(['ZZ']),
        },
      ],
      never,
    );
    const list = await listEvidence(incident.id);
    expect(list.map((e) => [e.name, e.device])).toEqual([['screen.png', 'dev-b']]);
    expect(await text(await getEvidenceFile(incident.id, 'e1'))).toBe('ABCD');
  });

  it('a record without its bytes (too large to share) says which phone keeps them', async () => {
    const { incident } = await createIncident({
      title: '事案',
      types: [],
      causes: [],
      by: '山田',
      log: '開始',
    });
    await applyRemote(
      [{ type: 'evidence', record: meta(incident.id, 'big', { fileOn: '鈴木のスマホ' }) }],
      never,
    );
    expect((await listEvidence(incident.id))[0]?.fileOn).toBe('鈴木のスマホ');
    expect(await getEvidenceFile(incident.id, 'big')).toBeUndefined();
  });

  it('a backup of this phone keeps where the evidence came from and where its file is', async () => {
    const { incident } = await createIncident({
      title: '事案',
      types: [],
      causes: [],
      by: '山田',
      log: '開始',
    });
    await applyRemote(
      [{ type: 'evidence', record: meta(incident.id, 'big', { fileOn: '鈴木のスマホ' }) }],
      never,
    );
    const data = await readAllForBackup({ evidenceFiles: true });
    const files = await encodeEvidenceFiles(data.evidenceFiles);
    const info = { appVersion: 'test', dbVersion: 2, createdAt: new Date().toISOString() };
    const { backup } = await readBackupText(serializeBackup(makeBackup(data, info, files)));
    expect(backup.data.evidence).toMatchObject([{ device: 'dev-b', fileOn: '鈴木のスマホ' }]);
  });
});
