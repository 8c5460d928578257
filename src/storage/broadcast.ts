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
  /** The tab that wrote it (a tab ignores its own messages); 'team:…' when another phone did. */
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

/** Tells the other tabs that something was committed. Never throws. */
export function notifyChange(message: Omit<ChangeMessage, 'type' | 'source'>): void {
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

/** Listens to changes committed by other tabs; returns the unsubscribe function. */
export function onRemoteChange(listener: (message: ChangeMessage) => void): () => void {
  // A separate channel object per listener; it would also hear this tab's own posts,
  // hence the source check.
  if (typeof BroadcastChannel !== 'function') return () => {};
  const ch = new BroadcastChannel(CHANNEL_NAME);
  (ch as unknown as { unref?: () => void }).unref?.();
  ch.onmessage = (e: MessageEvent<ChangeMessage>) => {
    if (e.data?.type === 'changed' && e.data.source !== TAB_ID) listener(e.data);
  };
  return () => ch.close();
}
