import { useStore } from '../app/store';
import { useMessages } from '../i18n/active';
import { pwa } from '../i18n/ja/pwa';

/**
 * A small mark in the header: 「✓ オフライン対応」 once everything is on the phone, and
 * 「オフライン（このまま使えます）」 while the device is offline. Never covers the page.
 */
export function OfflineIndicator() {
  const online = useStore((s) => s.online);
  const capable = useStore((s) => s.offlineCapable);
  const m = useMessages(pwa);
  if (!online)
    return (
      <p class="offline-indicator" role="status">
        <span aria-hidden="true">●</span> {m.offline}
      </p>
    );
  if (!capable) return null;
  // A standing mark, not a live region: the pages' own status messages stay the first.
  return (
    <p class="offline-indicator ready">
      <span aria-hidden="true">✓</span> {m.readyShort}
      <span class="wide">{m.readyWide}</span>
      <span class="visually-hidden">{m.readyExplained}</span>
    </p>
  );
}
