import { useEffect, useState } from 'preact/hooks';
import { messagesOf, useMessages } from '../../i18n/active';
import type { MessagesOf } from '../../i18n/namespace';
import { teamStatus as messages } from '../../i18n/ja/team-status';

// The state of team mode as every screen shows it. The tab that syncs publishes it; the
// others hear it over a BroadcastChannel. Small on purpose: no PouchDB here.

/** Where replication stands (meaning in data; the words are in TeamStatusLine). */
export type TeamState =
  'off' | 'starting' | 'receiving' | 'synced' | 'pending' | 'offline' | 'error';

/** Team mode's status: the state, how many documents wait to be sent, and an error's message. */
export interface TeamStatus {
  state: TeamState;
  pending: number;
  /** For 'error': what happened and what to do (TeamError's message). */
  message?: string;
}

const CHANNEL = 'incident-navi-team-status';
let current: TeamStatus = { state: 'off', pending: 0 };
const listeners = new Set<(status: TeamStatus) => void>();
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  (channel as unknown as { unref?: () => void } | null)?.unref?.();
  if (channel) {
    channel.onmessage = (e: MessageEvent<TeamStatus | 'ask'>) => {
      if (e.data === 'ask') {
        if (current.state !== 'off') channel?.postMessage(current);
      } else if (e.data && typeof e.data === 'object') set(e.data);
    };
  }
  return channel;
}

function set(status: TeamStatus) {
  current = status;
  for (const l of listeners) l(status);
}

/** Publishes this tab's sync status to every tab. */
export function publishTeamStatus(status: TeamStatus): void {
  set(status);
  getChannel()?.postMessage(status);
}

/** The last known status. */
export const teamStatus = (): TeamStatus => current;

/** Follows the status (asks the syncing tab for it first); returns the unsubscribe. */
export function followTeamStatus(listener: (status: TeamStatus) => void): () => void {
  listeners.add(listener);
  getChannel()?.postMessage('ask');
  return () => listeners.delete(listener);
}

/** Team mode's status in words (nothing while team mode is off), in the language on screen. */
export function teamStatusText(
  s: TeamStatus,
  m: MessagesOf<(typeof messages)['ja']> = messagesOf(messages),
): string {
  if (s.state === 'off') return '';
  const pending = s.pending ? m.pendingAfter(s.pending) : '';
  if (s.state === 'pending') return m.pendingCount(s.pending);
  if (s.state === 'offline') return `${m.states.offline}${pending}${m.offlineNote}`;
  if (s.state === 'error') return `${m.states.error}${pending}: ${s.message ?? ''}`;
  return m.states[s.state];
}

/** The live status of team mode, where it matters (the incident page, 設定 → チーム). */
export function TeamStatusLine() {
  const [status, setStatus] = useState<TeamStatus>(teamStatus());
  const m = useMessages(messages);
  useEffect(() => followTeamStatus(setStatus), []);
  if (status.state === 'off') return null;
  return (
    <p
      class={`team-status small${status.state === 'error' ? ' notice error' : ''}`}
      role="status"
      data-state={status.state}
    >
      {teamStatusText(status, m)}
    </p>
  );
}
