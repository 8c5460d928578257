import type { Messages } from '../namespace';
import type { teamStatus } from '../ja/team-status';

const easy: Messages<typeof teamStatus> = {
  states: {
    starting: 'チーム：つないでいます…',
    receiving: 'チーム：受け取ったきろくを保存しています…',
    synced: 'チーム：✓ みんなと同じです',
    pending: 'チーム：まだ送っていません',
    offline: 'チーム：オフライン',
    error: 'チーム：エラー',
  },
  pendingCount: (n) => `チーム：まだ送っていないもの ${n} 件`,
  pendingAfter: (n) => ` まだ送っていないもの ${n} 件`,
  offlineNote: '（きろくは、この端末に保存しています。つながったら送ります）',
};
export default easy;
