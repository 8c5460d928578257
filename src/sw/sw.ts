/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { keepPreviousAssets, retiredAssetHandler } from './retired';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// Tabs still running the previous version after another tab's 「更新」 load their pages from
// the previous version's assets, kept aside at install (precache cleanup removes them).
const manifest = self.__WB_MANIFEST;
self.addEventListener('install', (event) => event.waitUntil(keepPreviousAssets(manifest)));

// Everything the build emits is precached. A prerendered route lives at /path/index.html.
precacheAndRoute(manifest, {
  urlManipulation: ({ url }) => {
    if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return [];
    return [new URL(`${url.pathname}/index.html`, url.origin)];
  },
});
cleanupOutdatedCaches();
// The first install controls the open page at once, so it keeps working if the network drops.
// An update only activates after the person taps 「更新」 (skipWaiting below).
clientsClaim();

// Team mode's code (PouchDB, its settings page) is not precached: the first use caches it, so a phone that turned
// team mode on keeps syncing after a cold start offline. Names carry a content hash.
// src/sync/team-sync.ts puts itself in this cache too (a first visit before this worker controlled).
const TEAM_CACHE = 'incident-navi-team-code';
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    /\/assets\/(team-sync|TeamPage)-[^/]+\.(js|css)$/.test(url.pathname),
  async ({ request }) => {
    const cache = await caches.open(TEAM_CACHE);
    const hit = await cache.match(request);
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
);

// A hashed asset that is not in this version's precache: the previous version's copy.
registerRoute(retiredAssetHandler.match, retiredAssetHandler.handle);

// Any other navigation (a deep link such as /incidents/abc) gets the app shell, offline too.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// The page asks the waiting worker to take over only when the person taps 「更新」.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});
