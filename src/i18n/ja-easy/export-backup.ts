import type { Messages } from '../namespace';
import type { exportBackup } from '../ja/export-backup';

const easy: Messages<typeof exportBackup> = {
  pageTitle: 'バックアップ（記録のひかえ）と復元（記録をもどす）',
  backupHeading: 'バックアップ（記録のひかえ）',
  backupIntro:
    'この端末の記録と設定を、全部1つのファイルに保存します。端末がこわれたときや、かえたときのためです。ファイルは、端末の外（パソコンやクラウドなど）においてください。',
  includeEvidence: (count: number, size: string) =>
    `証拠の写真とファイルも入れる（${count}件、${size}）`,
  evidenceLarge: (size: string) =>
    `証拠のファイルが大きいです（${size} 以上）。それで、はじめは入れない設定にしています。`,
  evidenceNote:
    '入れないときも、証拠の記録（ファイルの名前・日時・SHA-256）はバックアップに入ります。もとのファイルは、それぞれの記録の「証拠」から保存できます。',
  encrypt: 'あいことば（パスワード）で暗号化する（おすすめ）',
  making: 'バックアップを作っています…',
  backupTitle: 'インシデント対応ナビのバックアップ',
  backupCounts: (incidents: number, evidence: string) => `（記録 ${incidents}件${evidence}）`,
  evidenceFiles: (count: number) => `、証拠のファイル ${count}件`,
  evidenceLeftOut: (count: number) => `、ファイルを入れていない証拠 ${count}件`,
  backupFailed: 'バックアップを作れませんでした。もう一度ためしてください。',
  backupTooLarge:
    '記録が多すぎて、1つのファイルにできませんでした。証拠の写真とファイルを入れないで作ってください。または、ゴミ箱を空にして、記録をへらしてください。それから、もう一度ためしてください。',

  restoreHeading: '復元（記録をもどす）',
  restoreIntro:
    'バックアップのファイルの記録を、この端末にもどします。この端末の記録は消えません。同じ記録があるときは、新しいほうを残します。この端末の設定（名前やバックアップのお知らせ）は、かわりません。',
  chooseFile: 'バックアップのファイルを選ぶ',
  passphrase: 'あいことば（パスワード）',
  openFile: 'ファイルを開く',
  checkingFile: 'ファイルをたしかめています…',
  phases: { check: '記録をたしかめています', write: 'この端末に書いています' },
  progress: (phase: string, done: string, total: string) => `${phase}… ${done} / ${total} 件`,
  unchanged: 'この端末の記録は、何もかえていません。',
  nothingToRestore: 'もどせる記録がありません。',
  madeAt: (at: string, incidents: string) =>
    `${at} に作ったバックアップです（記録 ${incidents}件）。`,
  someNotRestorable:
    'このファイルには、この端末にもどせない記録があります。ほかの記録だけ、もどせます。もどせない記録は、この端末に書きません。',
  restoreSome: (count: string) => `もどせる記録だけもどす（${count}件）`,
  restoreAll: 'この端末にもどす',
  skipped: (count: string) => `（もどさなかった記録: ${count}件）`,

  restored: (lines: string) => `もどしました。${lines}。`,
  restoredNothing: 'もどしました。この端末の記録は、もう新しいです。何もかわりませんでした。',
  lineSeparator: '。',
  partSeparator: '、',
  added: (parts: string) => `ふえた記録: ${parts}`,
  updated: (parts: string) => `新しくした記録: ${parts}`,
  countIncidents: (n: number) => `対応の記録 ${n}件`,
  countRecords: (n: number) => `記録の項目・チェック・流れなど ${n}件`,
  countSettings: (n: number) => `設定 ${n}件`,
  countPrep: (n: number) => `ふだんの準備 ${n}件`,
  countEvidenceFiles: (n: number) => `証拠のファイル ${n}件（SHA-256 をたしかめました）`,
  debriefsAdded: (n: number) => `訓練のふりかえり ${n}件を、前の訓練に足しました`,
  keptNewerPrep: (n: number) =>
    `ふだんの準備は、この端末のほうが新しい ${n}件を、そのままにしました`,

  filesVerified: (n: string) =>
    `✓ 証拠のファイル ${n}件の SHA-256 が、記録と同じことを、たしかめました。`,
  filesAbsent: (n: string) =>
    `証拠 ${n}件は、ファイルを入れないでバックアップしています。ファイルの名前・日時・SHA-256 の記録だけ、もどします。`,
  chainsIntact: (n: string) =>
    `✓ ${n}件の記録で、記録の流れがかわっていないことを、たしかめました。`,
  legacyChained: (n: string) =>
    `前のバージョンで作ったバックアップです。記録の流れ ${n}件に、もどすときにチェック用の値をつけます。「旧版の記録」という印もつけます。`,
  chainsBroken: '⚠ 次の記録は、このファイルの中で、記録の流れのつながりがこわれています。',
  chainsBrokenAdvice:
    'もどすことはできます。でも、アプリは自動でなおしません。ひかえとくらべてください。',
  untitled: '（名前がありません）',

  problemsHeading: (count: string) => `もどさない記録（${count}件）:`,
  problemsMore: (count: string) => `ほかに ${count} 件`,
  problemNamed: '{what}「{title}」',
  problemNth: (what: string, n: number) => `${what}（${n}件目）`,
  problemOfRecord: '記録「{title}」の{what}',
  problemReason: '：',
  stores: {
    incidents: '対応の記録',
    fields: '記録の項目',
    progress: 'チェックの項目',
    timeline: '記録の流れ',
    reporting: '報告・届出の記録',
    drafts: '共有・出力の下書き',
    prep: 'ふだんの準備',
    settings: '設定',
    evidence: '証拠の記録',
    evidenceFiles: '証拠のファイル',
  },
  reasons: {
    invalid: '正しくないところがあります',
    'unknown-type':
      'このアプリにない種類が入っています。新しいバージョンで作ったファイルかもしれません',
    'unknown-cause':
      'このアプリにない原因が入っています。新しいバージョンで作ったファイルかもしれません',
    'unknown-item':
      'このアプリにないチェックの項目です。新しいバージョンで作ったファイルかもしれません',
    duplicate: '同じ記録がファイルに2つあります。2つ目はもどしません',
    orphan: 'この記録のもとの記録をもどさないので、もどしません',
    'unlisted-file': '証拠の記録にないファイルなので、もどしません',
  },

  errorTooLarge: (size: string, limit: string) =>
    `ファイルが大きすぎます${size && `（${size}）`}。この端末で一度にもどせるのは${limit && ` ${limit} `}までです。バックアップのファイルか、たしかめてください。`,
  errorNoSpace: (free: string, size: string) =>
    `この端末のあいている場所${free && `（約 ${free}）`}が足りません。このバックアップ${size && `（約 ${size}）`}を、もどせません。いらないファイルやアプリを消してください。それから、もう一度ためしてください。`,
  errorNotJson:
    'バックアップのファイルとして読めませんでした。ファイルがとちゅうで切れているか、ちがうファイルです。',
  errorNotBackup: 'インシデント対応ナビのバックアップのファイルではありません。',
  errorVersion: (version: string) =>
    `このバックアップは、新しいバージョン${version && `（${version}）`}のアプリで作りました。このアプリでは読めません。アプリを新しくしてから、もう一度ためしてください。`,
  errorInvalid:
    'バックアップのファイルに、正しくないところがあります。ファイルがこわれているか、だれかがかえました。',
  errorEvidenceTampered: (file: string) =>
    `証拠のファイル${file && `「${file}」`}の中身が、記録の SHA-256 と同じではありません。バックアップの後で、かわったか、こわれました。証拠を守るため、このバックアップはもどしません。`,
  errorNeedsPassphrase:
    'このバックアップは暗号化しています。あいことば（パスワード）を入れてください。',
  errorWrongPassphrase:
    '開けませんでした。あいことば（パスワード）がちがうか、ファイルがこわれています（かわっています）。',
  errorCryptoUnavailable:
    'このブラウザでは、暗号化を使えません。新しいブラウザで、ためしてください。',
  errorContentUnavailable:
    'ファイルの記録をたしかめるための、てびきの内容を読めませんでした。ページをもう一度読みこんでから、ためしてください。',
};
export default easy;
