import { namespace } from '../namespace';

/**
 * バックアップと復元 (src/features/export/BackupPanel, RestoreSection) and the texts of
 * src/export/backup: why a file is refused, which records are not restored, what was restored.
 * In `problemOfRecord` and `problemNamed`, {title} stands for text from the file (shown
 * isolated), {what} for the kind of record.
 */
export const exportBackup = namespace('export-backup', {
  pageTitle: 'バックアップと復元',
  backupHeading: 'バックアップ',
  backupIntro:
    'この端末のすべての対応記録と設定を、1つのファイルに保存します。機種変更や端末の故障に備えて、端末の外（パソコンやクラウドなど）に保管してください。',
  includeEvidence: (count: number, size: string) =>
    `証拠の写真・ファイルも含める（${count}件、${size}）`,
  evidenceLarge: (size: string) =>
    `証拠のファイルが大きい（${size} 以上）ため、はじめは含めない設定にしています。`,
  evidenceNote:
    '含めない場合も、証拠の記録（ファイル名・日時・SHA-256）はバックアップに入ります。元のファイルは、各対応記録の「証拠」から証拠パッケージとして保存できます。',
  encrypt: 'パスフレーズで暗号化する（おすすめ）',
  making: 'バックアップを作っています…',
  backupTitle: 'インシデント対応ナビのバックアップ',
  backupCounts: (incidents: number, evidence: string) => `（対応記録 ${incidents}件${evidence}）`,
  evidenceFiles: (count: number) => `、証拠のファイル ${count}件`,
  evidenceLeftOut: (count: number) => `、ファイルを含めない証拠 ${count}件`,
  backupFailed: 'バックアップを作れませんでした。もう一度お試しください。',
  backupTooLarge:
    '記録が多すぎるため、1つのバックアップファイルにできませんでした（復元できる大きさを超えます）。証拠の写真・ファイルを含めずに作るか、ゴミ箱を空にするなどして記録を減らしてから、もう一度お試しください。',

  restoreHeading: '復元',
  restoreIntro:
    'バックアップファイルの記録を、この端末に戻します。この端末にある記録は消えません（同じ記録は新しいほうを残します）。この端末の設定（お名前やバックアップのお知らせ）は変わりません。',
  chooseFile: 'バックアップファイルを選ぶ',
  passphrase: 'パスフレーズ',
  openFile: 'ファイルを開く',
  checkingFile: 'ファイルを確かめています…',
  /** A long check or write, by phase. */
  phases: { check: '記録を確かめています', write: 'この端末に書き込んでいます' },
  progress: (phase: string, done: string, total: string) => `${phase}… ${done} / ${total} 件`,
  unchanged: 'この端末の記録は何も変更していません。',
  nothingToRestore: '復元できる記録がありません。',
  madeAt: (at: string, incidents: string) =>
    `${at} に作られたバックアップです（対応記録 ${incidents}件）。`,
  someNotRestorable:
    'このファイルには、この端末に復元できない記録があります。ほかの記録だけを復元できます（復元しない記録はこの端末に書き込みません）。',
  restoreSome: (count: string) => `復元できる記録だけ復元する（${count}件）`,
  restoreAll: 'この端末に復元する',
  skipped: (count: string) => `（復元しなかった記録: ${count}件）`,

  // What a restore did (src/export/backup/merge.ts).
  restored: (lines: string) => `復元しました。${lines}。`,
  restoredNothing: '復元しました。この端末の記録はすでに最新で、変更はありませんでした。',
  lineSeparator: '。',
  partSeparator: '、',
  added: (parts: string) => `追加: ${parts}`,
  updated: (parts: string) => `更新: ${parts}`,
  countIncidents: (n: number) => `対応記録 ${n}件`,
  countRecords: (n: number) => `記録の項目・チェック・経過など ${n}件`,
  countSettings: (n: number) => `設定 ${n}件`,
  countPrep: (n: number) => `備え ${n}件`,
  countEvidenceFiles: (n: number) => `証拠のファイル ${n}件（SHA-256 確認済み）`,
  debriefsAdded: (n: number) => `訓練のふりかえり ${n}件をこれまでの訓練に加えました`,
  keptNewerPrep: (n: number) => `平時の備えは、この端末の方が新しい ${n}件をそのままにしました`,

  // What the restore check found (IntegrityReport).
  filesVerified: (n: string) =>
    `✓ 証拠のファイル ${n}件の SHA-256 が、記録された値と一致することを確かめました。`,
  filesAbsent: (n: string) =>
    `証拠 ${n}件は、ファイルを含めずにバックアップされています（ファイル名・日時・SHA-256 の記録だけを復元します）。`,
  chainsIntact: (n: string) =>
    `✓ ${n}件の対応記録で、対応経過が書き換えられていないことを確かめました。`,
  legacyChained: (n: string) =>
    `以前のバージョンで作られたバックアップです。対応経過 ${n}件に、復元するときに検証値を付けます（「旧版の記録」として印を付けます）。`,
  chainsBroken: '⚠ 次の対応記録は、このファイルの中で対応経過の連続性が崩れています。',
  chainsBrokenAdvice: '復元はできますが、アプリは自動で直しません。控えと照らし合わせてください。',
  untitled: '（件名なし）',

  // The records of a file that are not restored (RestoreProblems).
  problemsHeading: (count: string) => `復元しない記録（${count}件）:`,
  problemsMore: (count: string) => `ほか ${count} 件`,
  problemNamed: '{what}「{title}」',
  problemNth: (what: string, n: number) => `${what}（${n}件目）`,
  problemOfRecord: '対応記録「{title}」の{what}',
  problemReason: '：',
  /** What people call the records of each store of a backup. */
  stores: {
    incidents: '対応記録',
    fields: '記録の項目',
    progress: 'チェック項目',
    timeline: '対応経過',
    reporting: '報告・届出の記録',
    drafts: '共有・出力の下書き',
    prep: '平時の備え',
    settings: '設定',
    evidence: '証拠の記録',
    evidenceFiles: '証拠のファイル',
  },
  /** Why a record is not restored, by reason. */
  reasons: {
    invalid: '内容に正しくない部分があります',
    'unknown-type':
      'このアプリにないインシデントの種類が含まれています（新しいバージョンで作られたファイルかもしれません）',
    'unknown-cause':
      'このアプリにない原因が含まれています（新しいバージョンで作られたファイルかもしれません）',
    'unknown-item':
      'このアプリにないチェック項目です（新しいバージョンで作られたファイルかもしれません）',
    duplicate: '同じ記録がファイルの中に2つあります（2つ目は復元しません）',
    orphan: 'この記録の対応記録を復元しないため、復元しません',
    'unlisted-file': '証拠の記録にないファイルのため、復元しません',
  },

  // Why a file cannot be restored at all (src/export/backup/errors.ts); '' for an unknown figure.
  errorTooLarge: (size: string, limit: string) =>
    `ファイルが大きすぎます${size && `（${size}）`}。この端末で一度に復元できるのは${limit && ` ${limit} `}までです。バックアップファイルか確かめてください。`,
  errorNoSpace: (free: string, size: string) =>
    `この端末の空き容量${free && `（約 ${free}）`}では、このバックアップ${size && `（約 ${size}）`}を復元できません。不要なファイルやアプリを整理して空きを増やしてから、もう一度お試しください。`,
  errorNotJson:
    'バックアップファイルとして読み取れませんでした。ファイルが途中で切れているか、別のファイルです。',
  errorNotBackup: 'インシデント対応ナビのバックアップファイルではありません。',
  errorVersion: (version: string) =>
    `このバックアップは、このアプリより新しいバージョン${version && `（${version}）`}のインシデント対応ナビで作られたため、このアプリでは読めません。アプリを最新のバージョンに更新してから、もう一度お試しください。`,
  errorInvalid:
    'バックアップファイルの内容に正しくない部分があります。ファイルが壊れているか、書き換えられています。',
  errorEvidenceTampered: (file: string) =>
    `証拠のファイル${file && `「${file}」`}の中身が、記録された SHA-256 と一致しません。バックアップを作ったあとに書き換えられたか、壊れています。証拠の信頼性を守るため、このバックアップは復元しません。`,
  errorNeedsPassphrase: 'このバックアップは暗号化されています。パスフレーズを入力してください。',
  errorWrongPassphrase:
    'パスフレーズが違うか、ファイルが壊れている（書き換えられている）ため、開けませんでした。',
  errorCryptoUnavailable:
    'このブラウザでは暗号化の機能を使えません。最新のブラウザでお試しください。',
  errorContentUnavailable:
    'ファイルの記録を確かめるための手引きの内容を読み込めませんでした。ページを再読み込みしてから、もう一度お試しください。',
});
