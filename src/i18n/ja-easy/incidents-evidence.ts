import type { Messages } from '../namespace';
import type { incidentsEvidence } from '../ja/incidents-evidence';

const easy: Messages<typeof incidentsEvidence> = {
  title: '証拠（写真とファイル）',
  intro:
    'ファイルを、そのままの形で残します。SHA-256（ファイルの指紋のようなもの）も記録します。ウイルスに感染した画面は、電源を切らないでください。別のスマートフォンなどで写真を撮ってください。',
  backupNote:
    '写真とファイルは、この端末のバックアップに入ります（大きいときは、入れないこともできます）。警察や保守ベンダー（システムを見てくれる会社）に渡すときは、証拠一覧も一緒に保存してください。',
  savedLog: (name, bytes, sha256) =>
    `証拠を保存した: ${name}（${bytes.toLocaleString('ja-JP')} バイト） SHA-256: ${sha256}`,
  savedLogAttached: (where, text) => `\nつけた先: ${where}「${text}」`,
  savedLogNote: (note) => `\nメモ: ${note}`,
  photoName: '写真',
  attachedTo: { item: 'チェック項目', entry: '対応経過' },
  quoteOpen: '「',
  quoteClose: '」',
  attachPrefix: 'つける先: ',
  attachNext: '（次に保存するファイルにつきます）',
  attachRemove: 'つけない',
  noteLabel: 'メモ（書かなくてもよいです。次に保存するファイルにつきます）',
  camera: '写真を撮って保存する',
  file: 'ファイルを選んで保存する',
  saving: '保存しています…',
  saved: (name) => `保存しました: ${name}`,
  listTitle: (count, total) => `証拠一覧（${count}件${total ? `、全部で ${total}` : ''}）`,
  saveOriginal: 'もとのファイルを保存する',
  saveListText: '証拠一覧を保存する（テキスト）',
  saveListCsv: '証拠一覧を保存する（CSV）',
  savePackage: '証拠パッケージを保存する（ZIP）',
  packing: '作っています…',
  packed: '証拠パッケージを保存しました。',
  packFailed:
    '証拠パッケージを作れませんでした。端末にあいている場所があるか、見てください。そのあと、もう一度してください。',
  packageHelp:
    '証拠パッケージは、1つの ZIP ファイルです。もとのファイルと、証拠一覧（テキストと CSV）が全部入っています。警察や保守ベンダーに渡すときに使います。受け取った人は、ファイルごとの SHA-256 を一覧とくらべて、確かめることができます。',
  empty: '証拠は、まだありません。',
  loading: '読み込んでいます…',
  noFile:
    'もとのファイルは、この端末にありません。この記録は、ファイルを入れないバックアップからもどしました。ファイル名と日時と SHA-256 は残っています。もとの端末か、ファイルを入れたバックアップから出してください。',
  fileElsewhere: (phone) =>
    `もとのファイルは、別の端末（${phone}）にあります。5 MB より大きいファイルは、チームで共有しません。記録（ファイル名、日時、SHA-256）だけを共有します。その端末から出してください。`,
  fileLabel: 'ファイル',
  fileKind: (type, size) => `（${type}、${size}）`,
  unknownType: '種類がわかりません',
  savedAt: '保存した日時（端末の時計）',
  by: '記録した人',
  nobody: '（書いていません）',
  shaShort: 'SHA-256（短くしたもの）',
  originalLabel: 'もとのファイル',
  attachLabel: 'つける先',
  memo: 'メモ',
  count: (n) => `📎 証拠 ${n}件`,
  attach: '写真やファイルをつける',
};
export default easy;
