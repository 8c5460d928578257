import { namespace } from '../namespace';

/** 設定 (src/features/settings): the language, the responder's name, storage, the trash, the version. */
export const settings = namespace('settings', {
  languageTitle: '言語 / Language',
  languageHelp: '画面の言葉を選びます。この端末の中だけに保存されます。',
  languageSaved: '✓ 保存済み',
  /** Shown beside the choice when the stored choice could not be written. */
  languageNotSaved: (reason: string) => `この端末に保存できませんでした（${reason}）。`,
  /** SettingsPage.tsx. */
  title: '設定',
  nameTitle: 'あなたのお名前',
  nameHelp: 'チェックや記録の「誰が」に使います（この端末の中だけに保存されます）',
  save: '保存',
  saved: '✓ 保存済み',
  storageTitle: '記録の保存',
  checking: '確認しています…',
  persisted: '✓ この端末の記録は、ブラウザが自動で消さないよう保護されています。',
  notPersisted:
    '記録は保護されていません。端末の空きが少なくなると、ブラウザが消すことがあります。',
  persistUnknown: '記録が保護されているかどうかは、このブラウザでは確認できません。',
  installAdvice:
    'ホーム画面にこのアプリを追加（インストール）すると、記録が守られやすくなります。大切な記録は下の「バックアップと復元」からファイルに保存しておくと安心です。',
  /** StorageUsage.tsx: 「使用量: 79.0 MB（使える量の目安: 100.0 MB、79 %）」. */
  usage: (bytes: string) => `使用量: ${bytes}`,
  quota: (bytes: string) => `（使える量の目安: ${bytes}）`,
  quotaShare: (bytes: string, percent: number) => `（使える量の目安: ${bytes}、${percent} %）`,
  evidence: (count: number, bytes: string) => `うち証拠の写真・ファイル: ${count}件、${bytes}`,
  prepTitle: '平時の備え',
  prepText: '会社の情報、社内外の連絡先、システムとバックアップ、備えの点検、緊急カードの印刷。',
  prepOpen: '平時の備えを開く',
  teamTitle: 'チーム',
  teamText:
    '複数の端末で同じ記録を使います（オフ。オンにすると、暗号化した記録をチームのサーバーに送ります）。',
  teamOpen: 'チームの設定を開く',
  backupTitle: 'バックアップと復元',
  backupText:
    '全ての対応記録を1つのファイルに保存し、別の端末や消えた後に戻せます。ファイルはパスフレーズで暗号化できます。パスフレーズは、バックアップのファイルを守るパスワードで、復元するときに必要です。',
  backupOpen: 'バックアップ・復元を開く',
  trashTitle: 'ゴミ箱',
  trashHelp: (days: number) => `削除した対応記録は${days}日間ここに残り、元に戻せます。`,
  trashEmpty: 'ゴミ箱は空です。',
  deletedAt: (when: string) => `削除: ${when}`,
  restore: '元に戻す',
  aboutTitle: 'このアプリについて',
  version: (version: string) => `インシデント対応ナビ バージョン ${version}`,
});
