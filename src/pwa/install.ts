import { useStore } from '../app/store';
import type { BeforeInstallPromptEvent } from './slice';

/** True when the app already runs installed (standalone), so no install hint is shown. */
export function isInstalled(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean };
  return window.matchMedia?.('(display-mode: standalone)').matches || nav.standalone === true;
}

/** iOS Safari has no install prompt; the person adds the app from the share sheet. */
export function isIosSafari(ua = navigator.userAgent): boolean {
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
  return ios && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

/** Keeps the deferred `beforeinstallprompt` event in the store, also one the page's loader kept. */
export function captureInstallPrompt(): void {
  const early = (window as { incidentNaviInstallPrompt?: Event }).incidentNaviInstallPrompt;
  if (early) useStore.getState().setInstallPrompt(early as BeforeInstallPromptEvent);
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    useStore.getState().setInstallPrompt(event as BeforeInstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => useStore.getState().setInstallPrompt(null));
}
