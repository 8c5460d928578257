import { namespace } from '../namespace';

/** Team mode's status line (src/features/team/TeamStatusLine.tsx), shown on the incident page too. */
export const teamStatus = namespace('team-status', {
  /** The states, by the ids of TeamState. */
  states: {
    starting: 'チーム: 接続しています…',
    receiving: 'チーム: 受け取った記録を保存しています…',
    synced: 'チーム: ✓ 同期済み',
    pending: 'チーム: 未送信',
    offline: 'チーム: オフライン',
    error: 'チーム: エラー',
  },
  /** 「チーム: 未送信 3 件」, and the same count after another state. */
  pendingCount: (n: number) => `チーム: 未送信 ${n} 件`,
  pendingAfter: (n: number) => ` 未送信 ${n} 件`,
  offlineNote: '（記録はこの端末に保存済み。つながると送ります）',
});
