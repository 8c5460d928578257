import { useStore } from '../app/store';

/** An unobtrusive note that the device is offline; the app stays fully usable. */
export function OfflineIndicator() {
  const online = useStore((s) => s.online);
  if (online) return null;
  return (
    <p class="offline-indicator" role="status">
      <span aria-hidden="true">●</span> オフライン（このまま使えます）
    </p>
  );
}
