import { useStore } from '../app/store';

/**
 * A small mark in the header: 「✓ オフライン対応」 once everything is on the phone, and
 * 「オフライン（このまま使えます）」 while the device is offline. Never covers the page.
 */
export function OfflineIndicator() {
  const online = useStore((s) => s.online);
  const capable = useStore((s) => s.offlineCapable);
  if (online && !capable) return null;
  return (
    <p class={online ? 'offline-indicator ready' : 'offline-indicator'} role="status">
      {online ? (
        <>
          <span aria-hidden="true">✓</span> オフライン対応
          <span class="visually-hidden">：ネットワークがなくても全ての画面が使えます</span>
        </>
      ) : (
        <>
          <span aria-hidden="true">●</span> オフライン（このまま使えます）
        </>
      )}
    </p>
  );
}
