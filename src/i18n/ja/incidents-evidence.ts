import { namespace } from '../namespace';

/**
 * 証拠 (src/features/incidents: EvidencePage, EvidenceItem, EvidenceLinks). The 証拠一覧 and
 * the package's file names stay Japanese: they are handed to the police and vendors.
 */
export const incidentsEvidence = namespace('incidents-evidence', {
  title: '証拠（写真・ファイル）',
  intro:
    '元のファイルをそのまま保存し、指紋にあたる SHA-256 を記録します。感染した画面は、電源を切らずに別のスマートフォンなどで撮影してください。',
  backupNote:
    '写真・ファイルは、この端末のバックアップにも含まれます（大きいときは含めないこともできます）。警察や保守ベンダーに渡すときは、証拠一覧と一緒に保存してください。',
  /** The timeline entry of a file kept (src/storage/evidence.ts), then where it is attached, its note. */
  savedLog: (name: string, bytes: number, sha256: string) =>
    `証拠を保存: ${name}（${bytes.toLocaleString('ja-JP')} バイト） SHA-256: ${sha256}`,
  savedLogAttached: (where: string, text: string) => `\n添付先: ${where}「${text}」`,
  savedLogNote: (note: string) => `\nメモ: ${note}`,
  /** The name of a photo the camera gave none. */
  photoName: '写真',
  /** What a piece of evidence is attached to, by kind. */
  attachedTo: { item: 'チェック項目', entry: '対応経過' },
  /** The quotes around the attached item's or entry's text. */
  quoteOpen: '「',
  quoteClose: '」',
  attachPrefix: '添付先: ',
  attachNext: '（次に保存するファイルに付きます）',
  attachRemove: '添付先を外す',
  noteLabel: 'メモ（任意・次に保存するファイルに付きます）',
  camera: '写真を撮って保存',
  file: 'ファイルを選んで保存',
  saving: '保存しています…',
  saved: (name: string) => `保存済み: ${name}`,
  listTitle: (count: number, total: string) =>
    `証拠一覧（${count}件${total ? `、合計 ${total}` : ''}）`,
  saveOriginal: '元のファイルを保存',
  saveListText: '証拠一覧を保存（テキスト）',
  saveListCsv: '証拠一覧を保存（CSV）',
  savePackage: '証拠パッケージを保存（ZIP）',
  packing: '作っています…',
  packed: '証拠パッケージを保存しました。',
  packFailed:
    '証拠パッケージを作れませんでした。端末の空き容量を確かめて、もう一度お試しください。',
  packageHelp:
    '証拠パッケージは、元のファイルすべてと証拠一覧（テキスト・CSV）を1つの ZIP ファイルにまとめたものです。警察や保守ベンダーに渡すときに使えます。受け取った人は、各ファイルの SHA-256 を一覧と照らし合わせて確かめられます。',
  empty: 'まだ証拠はありません。',
  loading: '読み込んでいます…',
  /** Only the record of a piece of evidence is here (restored from a backup without files). */
  noFile:
    '元のファイルはこの端末にありません。証拠のファイルを含めないバックアップから復元された記録です（ファイル名・日時・SHA-256 は残っています）。元の端末や、ファイルを含めたバックアップから取り出してください。',
  /** The original is on another phone of the team (too large to share). */
  fileElsewhere: (phone: string) =>
    `元のファイルは別の端末（${phone}）にあります。5 MB を超えるファイルはチームで共有せず、記録（ファイル名・日時・SHA-256）だけを共有します。その端末から取り出してください。`,
  // One piece of evidence (EvidenceItem).
  fileLabel: 'ファイル',
  fileKind: (type: string, size: string) => `（${type}、${size}）`,
  unknownType: '種類不明',
  savedAt: '保存日時（端末の時計）',
  by: '記録者',
  nobody: '（未記入）',
  shaShort: 'SHA-256（短縮）',
  originalLabel: '元のファイル',
  attachLabel: '添付先',
  memo: 'メモ',
  // Beside a checklist item or a timeline entry (EvidenceLinks).
  count: (n: number) => `📎 証拠 ${n}件`,
  attach: '写真・ファイルを添付',
});
