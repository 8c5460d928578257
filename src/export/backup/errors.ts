/** Why a backup file could not be restored (nothing was changed in any case). */
export type BackupErrorKind =
  | 'too-large'
  | 'no-space'
  | 'not-json'
  | 'not-backup'
  | 'version'
  | 'invalid'
  | 'evidence-tampered'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'crypto-unavailable'
  | 'content-unavailable';

/** Figures a message may name: sizes in bytes, the app version that wrote the file. */
export interface BackupErrorDetail {
  sizeBytes?: number;
  limitBytes?: number;
  fileAppVersion?: string;
  /** The evidence file whose bytes do not match its recorded SHA-256. */
  fileName?: string;
}

/** 「12.3 MB」 */
export const megabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString('ja-JP', { maximumFractionDigits: 1 })} MB`;

const MESSAGES: Record<BackupErrorKind, (d: BackupErrorDetail) => string> = {
  'too-large': (d) =>
    `ファイルが大きすぎます${d.sizeBytes ? `（${megabytes(d.sizeBytes)}）` : ''}。この端末で一度に復元できるのは${d.limitBytes ? ` ${megabytes(d.limitBytes)} ` : ''}までです。バックアップファイルか確かめてください。`,
  'no-space': (d) =>
    `この端末の空き容量${d.limitBytes !== undefined ? `（約 ${megabytes(d.limitBytes)}）` : ''}では、このバックアップ${d.sizeBytes ? `（約 ${megabytes(d.sizeBytes)}）` : ''}を復元できません。不要なファイルやアプリを整理して空きを増やしてから、もう一度お試しください。`,
  'not-json': () =>
    'バックアップファイルとして読み取れませんでした。ファイルが途中で切れているか、別のファイルです。',
  'not-backup': () => 'インシデント対応ナビのバックアップファイルではありません。',
  version: (d) =>
    `このバックアップは、このアプリより新しいバージョン${d.fileAppVersion ? `（${d.fileAppVersion}）` : ''}のインシデント対応ナビで作られたため、このアプリでは読めません。アプリを最新のバージョンに更新してから、もう一度お試しください。`,
  invalid: () =>
    'バックアップファイルの内容に正しくない部分があります。ファイルが壊れているか、書き換えられています。',
  'evidence-tampered': (d) =>
    `証拠のファイル${d.fileName ? `「${d.fileName.slice(0, 60)}」` : ''}の中身が、記録された SHA-256 と一致しません。バックアップを作ったあとに書き換えられたか、壊れています。証拠の信頼性を守るため、このバックアップは復元しません。`,
  'needs-passphrase': () =>
    'このバックアップは暗号化されています。パスフレーズを入力してください。',
  'wrong-passphrase': () =>
    'パスフレーズが違うか、ファイルが壊れている（書き換えられている）ため、開けませんでした。',
  'crypto-unavailable': () =>
    'このブラウザでは暗号化の機能を使えません。最新のブラウザでお試しください。',
  'content-unavailable': () =>
    'ファイルの記録を確かめるための手引きの内容を読み込めませんでした。ページを再読み込みしてから、もう一度お試しください。',
};

/** A refused backup: `kind` for code, `message` (Japanese) for people. */
export class BackupError extends Error {
  readonly kind: BackupErrorKind;
  /** Where in the file the problem is (for 'invalid'), e.g. data.incidents[3].title. */
  readonly where: string;
  readonly detail: BackupErrorDetail;

  constructor(kind: BackupErrorKind, where = '', detail: BackupErrorDetail = {}) {
    super(MESSAGES[kind](detail));
    this.name = 'BackupError';
    this.kind = kind;
    this.where = where;
    this.detail = detail;
  }
}
