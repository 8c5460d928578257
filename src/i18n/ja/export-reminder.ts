import { namespace } from '../namespace';

/** The backup reminder on home and the records list (src/features/export/BackupReminder). */
export const exportReminder = namespace('export-reminder', {
  label: 'バックアップのおすすめ',
  never:
    'まだバックアップをしていません。端末の故障や紛失に備えて、記録をファイルに保存しておきましょう。',
  changed: (count: string) => `前回のバックアップのあとに変わった対応記録が ${count}あります。`,
  count: (n: number) => `${n}件`,
  atLeast: (n: number) => `${n}件以上`,
  backUp: 'バックアップする',
});
