/** What went wrong with storage, for the UI to choose its message and its next step. */
export type StorageErrorKind =
  'quota' | 'denied' | 'unavailable' | 'blocked' | 'version' | 'outdated' | 'failed';

/** The Japanese message shown for each kind (calm, with the next step). */
export const STORAGE_MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    '端末の空き容量が足りないため保存できませんでした。入力した内容は画面に残っています。不要なファイルやアプリを削除して空きを作り、もう一度保存してください。',
  denied:
    'ブラウザの設定で、このサイトのデータ保存が止められています。ブラウザの設定（サイトの設定・Cookie とサイトデータ）でこのサイトの保存を許可してから、ページを再読み込みしてください。',
  unavailable:
    'この端末のブラウザでは記録を保存できません（プライベートブラウズ中か、保存の機能が使えない状態です）。通常のモードで開き直してください。',
  blocked:
    '別のタブでこのアプリが開かれているため、記録を開けません。他のタブを閉じてから、このページを再読み込みしてください。',
  version:
    'このアプリの新しいバージョンが別のタブで開かれました。記録を守るため、このページを一度だけ再読み込みしてください。',
  outdated:
    '記録は新しいバージョンのアプリで保存されています。「再読み込み」で新しいバージョンに切り替えてください。保存済みの記録は失われていません。',
  failed:
    '保存できませんでした。入力した内容は画面に残っています。少し待ってからもう一度お試しください。続く場合はページを再読み込みしてください。',
};

/** A typed storage failure with a Japanese message the UI can show as is. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? STORAGE_MESSAGES[kind], { cause: options?.cause });
  }
}

/** Maps any error thrown by IndexedDB (or idb) to a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError('quota', { cause: error });
    // The stored database is newer than this page's code (another tab updated the app).
    case 'VersionError':
      return new StorageError('outdated', { cause: error });
    // Site data blocked by the browser's settings (cookies/site data off, sandboxed frame).
    case 'SecurityError':
    case 'NotAllowedError':
      return new StorageError('denied', { cause: error });
    // No usable IndexedDB: private mode in some browsers, or a broken backing store.
    case 'InvalidStateError':
    case 'UnknownError':
    case 'NotSupportedError':
      return new StorageError('unavailable', { cause: error });
    default:
      return new StorageError('failed', { cause: error });
  }
}
