// Sample records for the backup tests (not shipped: only tests import this).
import type { BackupData } from './format';

/** Two incidents (one in the trash) with a part in every store, and two settings. */
export function sampleData(): BackupData {
  const at = '2026-11-24T01:00:00.000Z';
  return {
    incidents: [
      {
        id: 'inc-a',
        title: 'ランサムウェア <感染> & "暗号化"',
        types: ['ransomware'],
        causes: [],
        status: 'open',
        discoveredAt: '2026-11-24T00:30:00.000Z',
        createdAt: '2026-11-24T00:35:00.000Z',
        updatedAt: at,
        deletedAt: null,
      },
      {
        id: 'inc-b',
        title: '誤送信',
        types: ['leak'],
        causes: ['misdelivery'],
        status: 'closed',
        discoveredAt: '2026-11-20T00:00:00.000Z',
        createdAt: '2026-11-20T00:00:00.000Z',
        updatedAt: '2026-11-21T00:00:00.000Z',
        deletedAt: '2026-11-22T00:00:00.000Z',
      },
    ],
    fields: [
      {
        incidentId: 'inc-a',
        fieldId: 'event',
        value: '画面に脅迫文\n2行目',
        updatedAt: at,
        updatedBy: '山田',
      },
      {
        incidentId: 'inc-b',
        fieldId: 'cause',
        value: '宛先の選び間違い',
        updatedAt: at,
        updatedBy: '佐藤',
      },
    ],
    progress: [
      {
        incidentId: 'inc-a',
        itemId: 'basic-contain',
        state: 'done',
        by: '山田',
        at,
        note: '',
        updatedAt: at,
      },
    ],
    timeline: [
      {
        id: 'tl-a1',
        incidentId: 'inc-a',
        at,
        createdAt: at,
        kind: 'created',
        text: '対応を開始',
        by: '山田',
      },
      {
        id: 'tl-a2',
        incidentId: 'inc-a',
        at,
        createdAt: '2026-11-24T02:00:00.000Z',
        kind: 'correction',
        text: '時刻の訂正',
        by: '山田',
        corrects: 'tl-a1',
      },
    ],
    reporting: [
      {
        incidentId: 'inc-a',
        key: 'd:ipa',
        value: '',
        status: 'done',
        doneAt: at,
        memo: '届出済み',
        updatedAt: at,
      },
    ],
    settings: [
      { key: 'responderName', value: '山田' },
      { key: 'trash', value: { 'inc-b': '2026-11-22T00:00:00.000Z' } },
    ],
    drafts: [],
    prep: [],
    evidence: [],
    evidenceFiles: [],
  };
}
