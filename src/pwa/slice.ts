import type { SliceCreator } from '../app/store';

/** The browser's install prompt event (not yet in lib.dom). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Service worker and install state shown by the shell. */
export interface PwaSlice {
  /** The worker installed for the first time: the app now works offline. */
  offlineReady: boolean;
  /** A new version is waiting; calling it activates the new version and reloads once. */
  applyUpdate: (() => void) | null;
  /** The deferred install prompt, when the browser offers one. */
  installPrompt: BeforeInstallPromptEvent | null;
  online: boolean;
  /** A service worker is active: everything is on the phone and works offline. */
  offlineCapable: boolean;
  setOfflineCapable(capable: boolean): void;
  setOfflineReady(ready: boolean): void;
  setApplyUpdate(apply: (() => void) | null): void;
  setInstallPrompt(event: BeforeInstallPromptEvent | null): void;
  setOnline(online: boolean): void;
}

/** The store's slice for the service worker's state, install offer and connectivity. */
export const createPwaSlice: SliceCreator<PwaSlice> = (set) => ({
  offlineReady: false,
  applyUpdate: null,
  installPrompt: null,
  online: true,
  offlineCapable: false,
  setOfflineCapable: (offlineCapable) => set({ offlineCapable }),
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setApplyUpdate: (applyUpdate) => set({ applyUpdate }),
  setInstallPrompt: (installPrompt) => set({ installPrompt }),
  setOnline: (online) => set({ online }),
});
