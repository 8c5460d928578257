/** The BroadcastChannel name shared by every tab of the app. */
export const CHANNEL_NAME = 'incident-navi';

/** What changed, posted after a transaction has committed. */
export interface ChangeMessage {
  type: 'changed';
  /** The incident concerned, or null for settings and trash-wide changes. */
  incidentId: string | null;
  part:
    | 'incident'
    | 'fields'
    | 'progress'
    | 'timeline'
    | 'reporting'
    | 'drafts'
    | 'settings'
    | 'trash'
    | 'prep';
  /** The tab that wrote it (a tab ignores its own messages); 'team:<tab>' when another phone did. */
  source: string;
}

const TAB_ID = Math.random().toString(36).slice(2);

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  // In Node (tests) an open channel would keep the process alive.
  (channel as unknown as { unref?: () => void } | null)?.unref?.();
  return channel;
}

const ownListeners = new Set<(message: ChangeMessage) => void>();

/** Listens to changes committed by this tab (team mode sends them on); returns the unsubscribe. */
export function onOwnChange(listener: (message: ChangeMessage) => void): () => void {
  ownListeners.add(listener);
  return () => ownListeners.delete(listener);
}

/** Tells the other tabs (and this tab's own listeners) that something was committed. Never throws. */
export function notifyChange(message: Omit<ChangeMessage, 'type' | 'source'>): void {
  for (const listener of ownListeners) {
    try {
      listener({ type: 'changed', source: TAB_ID, ...message });
    } catch {
      // A listener's failure is its own; the data is saved.
    }
  }
  try {
    getChannel()?.postMessage({
      type: 'changed',
      source: TAB_ID,
      ...message,
    } satisfies ChangeMessage);
  } catch {
    // A tab that cannot broadcast still saved its data; the others refresh on focus.
  }
}

const remoteListeners = new Set<(message: ChangeMessage) => void>();

/**
 * Tells every tab, this one included as if another tab had written it, of a change that came
 * from another phone (team mode): the screens refresh; this tab's own listeners do not send it back.
 */
export function notifyArrived(message: Omit<ChangeMessage, 'type' | 'source'>): void {
  const full: ChangeMessage = { type: 'changed', source: `team:${TAB_ID}`, ...message };
  for (const listener of remoteListeners) listener(full);
  try {
    getChannel()?.postMessage(full);
  } catch {
    // The other tabs refresh on focus.
  }
}

/** Listens to changes committed by other tabs (and other phones); returns the unsubscribe. */
export function onRemoteChange(listener: (message: ChangeMessage) => void): () => void {
  remoteListeners.add(listener);
  // A separate channel object per listener; it would also hear this tab's own posts,
  // hence the source check.
  if (typeof BroadcastChannel !== 'function') return () => remoteListeners.delete(listener);
  const ch = new BroadcastChannel(CHANNEL_NAME);
  (ch as unknown as { unref?: () => void }).unref?.();
  ch.onmessage = (e: MessageEvent<ChangeMessage>) => {
    // This tab's own listeners heard what arrived from another phone already (notifyArrived).
    const own = e.data?.source === TAB_ID || e.data?.source === `team:${TAB_ID}`;
    if (e.data?.type === 'changed' && !own) listener(e.data);
  };
  return () => {
    remoteListeners.delete(listener);
    ch.close();
  };
}
