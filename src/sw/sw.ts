/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// Everything the build emits is precached. A prerendered route lives at /path/index.html.
precacheAndRoute(self.__WB_MANIFEST, {
  urlManipulation: ({ url }) => {
    if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return [];
    return [new URL(`${url.pathname}/index.html`, url.origin)];
  },
});
cleanupOutdatedCaches();
// The first install controls the open page at once, so it keeps working if the network drops.
// An update only activates after the person taps 「更新」 (skipWaiting below).
clientsClaim();

// Any other navigation (a deep link such as /incidents/abc) gets the app shell, offline too.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// The page asks the waiting worker to take over only when the person taps 「更新」.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting();
});
