import { describe, expect, it } from 'vitest';
import type { EvidenceMeta } from '../storage/schema';
import { evidenceListCsv, evidenceListText } from './evidence-list';
import { formatBytes } from '../lib/bytes';

const SHA = 'ab'.repeat(32);
const item: EvidenceMeta = {
  id: 'ev-1',
  incidentId: 'inc-1',
  name: 'ransom "note".png',
  type: 'image/png',
  size: 1_572_864,
  sha256: SHA,
  capturedAt: '2026-11-24T00:52:03.000Z',
  by: '山田',
  note: '=HYPERLINK("x")\n2行目',
  timelineId: 't-1',
};

describe('証拠一覧', () => {
  it('as text: name, JST time, who, size, type, full SHA-256 and note', () => {
    const text = evidenceListText('ランサムウェア', [item], '2026-11-25T03:15:00Z');
    expect(text).toContain('【証拠一覧】ランサムウェア');
    expect(text).toContain('1. ransom "note".png');
    expect(text).toContain('保存日時: 2026/11/24 09:52:03');
    expect(text).toContain('記録者: 山田');
    expect(text).toContain('大きさ: 1.5 MB（1572864 バイト）');
    expect(text).toContain(`SHA-256: ${SHA}`);
    expect(text).toContain('メモ: =HYPERLINK("x") 2行目');
    expect(evidenceListText('空', [], '2026-11-25T03:15:00Z')).toContain('証拠の記録はありません');
  });

  it('names what a piece of evidence is attached to, in text and CSV', () => {
    const attached = { ...item, itemId: 'ransom-photo', relatedText: '画面を撮影する' };
    expect(evidenceListText('x', [attached], '2026-11-25T03:15:00Z')).toContain(
      '添付先: チェック項目「画面を撮影する」',
    );
    const entry = { ...item, entryId: 't-9', relatedText: 'LANケーブルを抜いた' };
    expect(evidenceListCsv([entry])).toContain('"対応経過「LANケーブルを抜いた」"');
    expect(evidenceListText('x', [item], '2026-11-25T03:15:00Z')).not.toContain('添付先');
  });

  it('as CSV: quoted cells, no formula runs, BOM and CRLF', () => {
    const csv = evidenceListCsv([item]);
    expect(csv.startsWith('\uFEFF"ファイル名","保存日時（日本時間）"')).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe(
      `"ransom ""note"".png","2026/11/24 09:52:03","山田","1572864","image/png","${SHA}","'=HYPERLINK(""x"")\n2行目",""`,
    );
  });

  it('sizes read naturally', () => {
    expect(formatBytes(820)).toBe('820 バイト');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});
