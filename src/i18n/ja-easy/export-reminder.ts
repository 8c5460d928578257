import type { Messages } from '../namespace';
import type { exportReminder } from '../ja/export-reminder';

const easy: Messages<typeof exportReminder> = {
  label: 'バックアップ（記録のひかえ）のおすすめ',
  never:
    'まだバックアップをしていません。端末がこわれたり、なくなったりしたときのために、記録をファイルに保存しましょう。',
  changed: (count: string) => `前のバックアップの後で、かわった記録が ${count}あります。`,
  count: (n: number) => `${n}件`,
  atLeast: (n: number) => `${n}件より多く`,
  backUp: 'バックアップする',
};
export default easy;
