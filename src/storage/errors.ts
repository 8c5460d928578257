/** What went wrong with storage, for the UI to choose its message and its next step. */
export type StorageErrorKind = 'quota' | 'unavailable' | 'blocked' | 'version' | 'failed';

/** The Japanese message shown for each kind (calm, with the next step). */
export const STORAGE_MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    '端末の空き容量が足りないため保存できませんでした。入力した内容は画面に残っています。不要なファイルやアプリを削除して空きを作り、もう一度保存してください。',
  unavailable:
    'この端末のブラウザでは記録を保存できません（プライベートブラウズ中か、サイトデータの保存が無効になっています）。通常のモードで開き直してください。',
  blocked:
    '別のタブでこのアプリが開かれているため、記録を開けません。他のタブを閉じてから、このページを再読み込みしてください。',
  version:
    'このアプリの新しいバージョンが別のタブで開かれました。記録を守るため、このページを再読み込みしてください。',
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
    case 'VersionError':
      return new StorageError('version', { cause: error });
    case 'SecurityError':
    case 'InvalidStateError':
      return new StorageError('unavailable', { cause: error });
    default:
      return new StorageError('failed', { cause: error });
  }
}
