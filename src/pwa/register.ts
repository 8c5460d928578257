import { useStore } from '../app/store';
import { whenIdle } from '../ui/idle';

/** What the page's loader saw: no worker of the app on this device before this page. */
const firstInstallOfThisPage = (): Promise<boolean> =>
  (window as { incidentNaviFirstInstall?: Promise<boolean> }).incidentNaviFirstInstall ??
  Promise.resolve(navigator.serviceWorker.controller === null);

/** Said once: the loader keeps the first install for the tab's later pages until then. */
const forgetFirstInstall = () => {
  try {
    sessionStorage.removeItem('incident-navi-first-install');
  } catch {
    // Storage denied: the loader could not keep it either.
  }
};

/**
 * Registers the service worker and wires its lifecycle into the store.
 * Updates never reload by themselves: a waiting worker only offers `applyUpdate`;
 * when the person taps it, the worker skips waiting and the page reloads once.
 * When another tab applied the update, this tab keeps running (the previous version's assets
 * stay available) and its own 「更新」 simply reloads into the new version.
 */
export async function registerServiceWorker(
  url = `${import.meta.env.BASE_URL}sw.js`,
): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // Its own chunk, evaluated after the first paint rather than with it.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(url, { scope: import.meta.env.BASE_URL, type: 'classic' });
  const { setApplyUpdate, setOfflineReady, setOfflineCapable } = useStore.getState();
  // An active worker has precached what an incident needs (installing waits for it); once the
  // page is idle it fetches the rest (guide pages, rare screens, export code, icons, then English
  // and やさしい日本語) and answers when all is stored: only then does the app say every screen
  // works offline.
  // A first install is told by the page's loader, which looked before anything registered: on
  // a first visit it registers the worker itself at load, and the app, started later, would
  // miss the worker's install and activation (src/pwa/entry-loader.inline.js).
  const firstInstall = firstInstallOfThisPage();
  let warmed = false;
  const sayReady = () => {
    if (!warmed) return;
    setOfflineCapable(true);
    void firstInstall.then((first) => {
      if (!first) return;
      setOfflineReady(true);
      forgetFirstInstall();
    });
  };
  void navigator.serviceWorker.ready.then((registration) =>
    whenIdle(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        warmed = true;
        sayReady();
      };
      registration.active?.postMessage({ type: 'WARM' }, [channel.port2]);
    }),
  );
  const reload = () => window.location.reload();
  let requested = false;
  let controlled = navigator.serviceWorker.controller !== null;

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    // Reload once, only after the new worker has taken control.
    if (requested) return reload();
    // Another tab's 「更新」 (not the first install): offer the reload here too.
    if (wasControlled) setApplyUpdate(reload);
  });
  const offerUpdate = () =>
    setApplyUpdate(() => {
      requested = true;
      wb.messageSkipWaiting();
    });
  wb.addEventListener('waiting', offerUpdate);
  const registration = await wb.register();
  // An update the browser found before the app started (the loader registers on a first visit)
  // is installing already: workbox-window only follows updates found after its registration.
  const installing = registration?.installing;
  if (installing && registration.active) {
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed') offerUpdate();
    });
  }
}
