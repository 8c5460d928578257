// 証拠一覧: the list of evidence files of an incident, as text and CSV, for the police, the
// insurer or the vendor (each file can be checked against its SHA-256).
import type { EvidenceMeta } from '../storage/schema';
import { formatJstSeconds } from '../lib/jst';
import { formatBytes } from '../lib/bytes';
import { stripUnsafeChars } from '../lib/unsafe-text';

/** 「チェック項目「…」」: what a piece of evidence is attached to ('' when nothing). */
export const relatedLabel = (e: EvidenceMeta): string =>
  e.itemId || e.entryId
    ? `${e.itemId ? 'チェック項目' : '対応経過'}「${e.relatedText ?? ''}」`
    : '';

/** The short form of a file hash shown beside the full one. */
export const shortSha = (sha256: string): string => sha256.slice(0, 12);

/** 証拠一覧 as plain text (times in JST, each hash in full). */
export function evidenceListText(
  title: string,
  items: readonly EvidenceMeta[],
  nowIso: string,
  /** In an evidence package: each file's name inside the zip ('' when not included). */
  archiveNames?: readonly string[],
): string {
  const lines = [`【証拠一覧】${title}`, `（${items.length}件。日時は日本時間、端末の時計による）`];
  items.forEach((e, i) => {
    lines.push(
      '',
      `${i + 1}. ${e.name}`,
      `   保存日時: ${formatJstSeconds(e.capturedAt)}`,
      `   記録者: ${e.by || '（未記入）'}`,
      `   大きさ: ${formatBytes(e.size)}（${e.size} バイト）`,
      `   種類: ${e.type || '不明'}`,
      `   SHA-256: ${e.sha256}`,
      ...(relatedLabel(e) ? [`   添付先: ${relatedLabel(e)}`] : []),
      ...(archiveNames
        ? [`   ZIP内: ${archiveNames[i] || '（元のファイルはこの端末にないため含めていません）'}`]
        : []),
      ...(e.note ? [`   メモ: ${e.note.replace(/\s+/g, ' ')}`] : []),
    );
  });
  if (!items.length) lines.push('', '（証拠の記録はありません）');
  lines.push('', `作成日時: ${formatJstSeconds(nowIso)}（インシデント対応ナビで作成）`);
  // The export boundary: no control or bidi character of a name or a note reaches the list.
  return stripUnsafeChars(lines.join('\n'));
}

// A cell a spreadsheet would run as a formula is prefixed with an apostrophe.
// Control and bidi characters go first, so none can hide a leading «=» from that check.
const cell = (value: string | number): string => {
  const text = stripUnsafeChars(String(value));
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** 証拠一覧 as CSV (UTF-8 with BOM, CRLF): file name, time JST, who, size, type, SHA-256, note. */
export function evidenceListCsv(
  items: readonly EvidenceMeta[],
  /** In an evidence package: each file's name inside the zip ('' when not included). */
  archiveNames?: readonly string[],
): string {
  const header = [
    'ファイル名',
    '保存日時（日本時間）',
    '記録者',
    'サイズ（バイト）',
    '種類',
    'SHA-256',
    'メモ',
    '添付先',
    ...(archiveNames ? ['ZIP内のファイル名'] : []),
  ];
  const rows = items.map((e, i) => [
    e.name,
    formatJstSeconds(e.capturedAt),
    e.by,
    e.size,
    e.type,
    e.sha256,
    e.note,
    relatedLabel(e),
    ...(archiveNames ? [archiveNames[i] ?? ''] : []),
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
