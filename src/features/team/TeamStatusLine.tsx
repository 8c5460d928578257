import { useEffect, useState } from 'preact/hooks';
import { followTeamStatus, teamStatus, type TeamState, type TeamStatus } from './team-status';

const WORDS: Record<Exclude<TeamState, 'off'>, string> = {
  starting: 'チーム: 接続しています…',
  receiving: 'チーム: 受け取った記録を保存しています…',
  synced: 'チーム: ✓ 同期済み',
  pending: 'チーム: 未送信',
  offline: 'チーム: オフライン',
  error: 'チーム: エラー',
};

/** Team mode's status in words (nothing while team mode is off). */
export function teamStatusText(s: TeamStatus): string {
  if (s.state === 'off') return '';
  const pending = s.pending ? ` 未送信 ${s.pending} 件` : '';
  if (s.state === 'pending') return `チーム: 未送信 ${s.pending} 件`;
  if (s.state === 'offline') {
    return `${WORDS.offline}${pending}（記録はこの端末に保存済み。つながると送ります）`;
  }
  if (s.state === 'error') return `${WORDS.error}${pending}: ${s.message ?? ''}`;
  return WORDS[s.state];
}

/** The live status of team mode, where it matters (the incident page, 設定 → チーム). */
export function TeamStatusLine() {
  const [status, setStatus] = useState<TeamStatus>(teamStatus());
  useEffect(() => followTeamStatus(setStatus), []);
  if (status.state === 'off') return null;
  return (
    <p
      class={`team-status small${status.state === 'error' ? ' notice error' : ''}`}
      role="status"
      data-state={status.state}
    >
      {teamStatusText(status)}
    </p>
  );
}
