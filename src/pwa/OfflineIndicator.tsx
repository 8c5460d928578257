import { useStore } from '../app/store';

/**
 * A small mark in the header: 「✓ オフライン対応」 once everything is on the phone, and
 * 「オフライン（このまま使えます）」 while the device is offline. Never covers the page.
 */
export function OfflineIndicator() {
  const online = useStore((s) => s.online);
  const capable = useStore((s) => s.offlineCapable);
  if (!online)
    return (
      <p class="offline-indicator" role="status">
        <span aria-hidden="true">●</span> オフライン（このまま使えます）
      </p>
    );
  if (!capable) return null;
  // A standing mark, not a live region: the pages' own status messages stay the first.
  return (
    <p class="offline-indicator ready">
      <span aria-hidden="true">✓</span> オフライン<span class="wide">対応</span>
      <span class="visually-hidden">：ネットワークがなくても全ての画面が使えます</span>
    </p>
  );
}
