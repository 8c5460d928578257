import { useStore } from '../app/store';
import { useMessages } from '../i18n/active';
import { pwa } from '../i18n/ja/pwa';

/** Floats above the navigation when a new version is waiting: 「更新」 applies it. */
export function UpdatePrompt() {
  const applyUpdate = useStore((s) => s.applyUpdate);
  const m = useMessages(pwa);
  if (!applyUpdate) return null;
  return (
    <div class="banner" role="status">
      <p>{m.updateText}</p>
      <button type="button" class="button primary" onClick={() => applyUpdate()}>
        {m.updateButton}
      </button>
    </div>
  );
}

/**
 * After the first install, says the app now works offline. It sits at the end of the page,
 * so it neither shifts nor covers anything (at 200% text a floating note would hide the page).
 */
export function OfflineReadyNote() {
  const offlineReady = useStore((s) => s.offlineReady);
  const setOfflineReady = useStore((s) => s.setOfflineReady);
  const m = useMessages(pwa);
  if (!offlineReady) return null;
  return (
    <div class="card offline-ready" role="status">
      <p>{m.offlineReady}</p>
      <button type="button" class="button" onClick={() => setOfflineReady(false)}>
        {m.close}
      </button>
    </div>
  );
}
