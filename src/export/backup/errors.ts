/** Why a backup file could not be restored (nothing was changed in any case). */
export type BackupErrorKind =
  | 'too-large'
  | 'not-json'
  | 'not-backup'
  | 'version'
  | 'invalid'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'crypto-unavailable';

const MESSAGES: Record<BackupErrorKind, string> = {
  'too-large': 'ファイルが大きすぎます（50 MB まで）。バックアップファイルか確かめてください。',
  'not-json':
    'バックアップファイルとして読み取れませんでした。ファイルが途中で切れているか、別のファイルです。',
  'not-backup': 'インシデント対応ナビのバックアップファイルではありません。',
  version:
    'このバックアップは、このアプリが対応していない形式（新しいバージョン）で作られています。アプリを更新してからお試しください。',
  invalid:
    'バックアップファイルの内容に正しくない部分があります。ファイルが壊れているか、書き換えられています。',
  'needs-passphrase': 'このバックアップは暗号化されています。パスフレーズを入力してください。',
  'wrong-passphrase':
    'パスフレーズが違うか、ファイルが壊れている（書き換えられている）ため、開けませんでした。',
  'crypto-unavailable':
    'このブラウザでは暗号化の機能を使えません。最新のブラウザでお試しください。',
};

/** A refused backup: `kind` for code, `message` (Japanese) for people. */
export class BackupError extends Error {
  readonly kind: BackupErrorKind;
  /** Where in the file the problem is (for 'invalid'), e.g. data.incidents[3].title. */
  readonly where: string;

  constructor(kind: BackupErrorKind, where = '') {
    super(MESSAGES[kind]);
    this.name = 'BackupError';
    this.kind = kind;
    this.where = where;
  }
}
