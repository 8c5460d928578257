/// <reference lib="webworker" />
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { keepPreviousAssets, retiredAssetHandler } from './retired';
import {
  DEMAND_CACHE,
  fillCache,
  isLater,
  onDemandHandler,
  PACKS,
  pruneLater,
  warm,
  WARM_CACHE,
  warmLater,
} from './later';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// Step one, before this worker takes over: what an incident needs (src/pwa/precache-plan.ts
// decides), in one download (its pack) on a first visit, else six files at a time. Tabs still
// running the previous version after another tab's 「更新」 load their pages from the previous
// version's assets, kept aside at install.
const manifest = self.__WB_MANIFEST;
const precache = new PrecacheController();
precache.addToCacheList(manifest);
self.addEventListener('install', (event) => {
  const installStep = fillCache(
    precache.strategy.cacheName,
    precache.getURLsToCacheKeys(),
    6,
    PACKS.install,
    // The link is free once the install step's pack is read: the warm step's download follows
    // at once, beside the install's writes and the activation, instead of after the page's idle
    // ask (which then waits for this download). Outside waitUntil: the install does not wait
    // for it. Only new keys are added to the warm cache; the previous version's stay until
    // this worker activates (pruneLater).
    () => void warmLater().catch(() => undefined),
  );
  event.waitUntil(
    Promise.all([
      keepPreviousAssets(
        (href) => precache.getURLsToCacheKeys().has(href) || isLater(href),
        [precache.strategy.cacheName, WARM_CACHE, DEMAND_CACHE],
      ),
      installStep,
    ]),
  );
});
self.addEventListener('activate', (event) => {
  precache.activate(event);
  event.waitUntil(pruneLater());
});
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();
// The first install controls the open page at once, so it keeps working if the network drops.
// An update only activates after the person taps 「更新」 (skipWaiting below).
clientsClaim();

// Step two, once the install step's pack is downloaded: guide pages, rarely used screens, export code
// and icons; then, in a download of their own, English and やさしい日本語.
registerRoute(new PrecacheRoute(warm));
// Team mode (PouchDB, its settings page): cached when first used, only on phones that use it.
// src/sync/team-sync.ts puts itself in the same cache (a first visit before this worker controlled).
registerRoute(onDemandHandler.match, onDemandHandler.handle);
// A hashed asset of neither step: the previous version's copy.
registerRoute(retiredAssetHandler.match, retiredAssetHandler.handle);

// Any navigation (a deep link such as /incidents/abc) gets the app shell, offline too; the
// shell renders the page from the precached chunks.
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html')));

self.addEventListener('message', (event) => {
  // The page asks the waiting worker to take over only when the person taps 「更新」.
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The page asks once idle; the answer tells it every screen is now on the phone.
  if (event.data?.type === 'WARM') {
    event.waitUntil(
      warmLater().then(
        () => event.ports[0]?.postMessage({ type: 'WARMED' }),
        () => undefined, // asked again at the next start
      ),
    );
  }
});
