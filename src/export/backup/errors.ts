import type { MessagesOf } from '../../i18n/namespace';
import { exportBackup } from '../../i18n/ja/export-backup';

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

/** The messages of バックアップと復元, in Japanese unless a view passes another language's. */
export type BackupMessages = MessagesOf<typeof exportBackup.ja>;

/** Why a file is refused, in the messages `m` (Japanese by default). */
export function backupErrorText(
  kind: BackupErrorKind,
  d: BackupErrorDetail = {},
  m: BackupMessages = exportBackup.ja,
): string {
  const mb = (bytes: number | undefined) => (bytes ? megabytes(bytes) : '');
  switch (kind) {
    case 'too-large':
      return m.errorTooLarge(mb(d.sizeBytes), mb(d.limitBytes));
    case 'no-space':
      return m.errorNoSpace(
        d.limitBytes !== undefined ? megabytes(d.limitBytes) : '',
        mb(d.sizeBytes),
      );
    case 'not-json':
      return m.errorNotJson;
    case 'not-backup':
      return m.errorNotBackup;
    case 'version':
      return m.errorVersion(d.fileAppVersion ?? '');
    case 'invalid':
      return m.errorInvalid;
    case 'evidence-tampered':
      return m.errorEvidenceTampered(d.fileName?.slice(0, 60) ?? '');
    case 'needs-passphrase':
      return m.errorNeedsPassphrase;
    case 'wrong-passphrase':
      return m.errorWrongPassphrase;
    case 'crypto-unavailable':
      return m.errorCryptoUnavailable;
    case 'content-unavailable':
      return m.errorContentUnavailable;
  }
}

/**
 * A refused backup: `kind` and `detail` for code (and for the message in the language on
 * screen, see backupErrorText), `message` in Japanese.
 */
export class BackupError extends Error {
  readonly kind: BackupErrorKind;
  /** Where in the file the problem is (for 'invalid'), e.g. data.incidents[3].title. */
  readonly where: string;
  readonly detail: BackupErrorDetail;

  constructor(kind: BackupErrorKind, where = '', detail: BackupErrorDetail = {}) {
    super(backupErrorText(kind, detail));
    this.name = 'BackupError';
    this.kind = kind;
    this.where = where;
    this.detail = detail;
  }
}
