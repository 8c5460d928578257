import { Workbox } from 'workbox-window';
import { useStore } from '../app/store';

/**
 * Registers the service worker and wires its lifecycle into the store.
 * Updates never reload by themselves: a waiting worker only offers `applyUpdate`;
 * when the person taps it, the worker skips waiting and the page reloads once.
 */
export function registerServiceWorker(url = `${import.meta.env.BASE_URL}sw.js`): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(url, { scope: import.meta.env.BASE_URL, type: 'classic' });
  const { setApplyUpdate, setOfflineReady, setOfflineCapable } = useStore.getState();
  // An active worker has precached everything (installing waits for the precache).
  void navigator.serviceWorker.ready.then(() => setOfflineCapable(true));

  wb.addEventListener('waiting', () => {
    setApplyUpdate(() => {
      // Reload once, only after the new worker has taken control.
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) setOfflineReady(true);
  });
  void wb.register();
}
