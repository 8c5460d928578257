/// <reference lib="webworker" />
import { cacheNames } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope;

/** The cache holding the previous version's hashed assets (frozen name). */
export const RETIRED_CACHE = 'incident-navi-retired-assets';

const assetsPrefix = () => new URL('assets/', self.registration.scope).href;

/**
 * Before this version replaces the previous one, copies the previous version's hashed assets
 * (those not in this version's manifest) aside, so tabs still running it can load their lazy
 * pages after another tab's 「更新」 (online or offline). Holds one previous version at a time.
 */
export async function keepPreviousAssets(
  manifest: Array<string | { url: string; revision: string | null }>,
): Promise<void> {
  const current = new Set(
    manifest.map((e) => new URL(typeof e === 'string' ? e : e.url, self.registration.scope).href),
  );
  const precache = await caches.open(cacheNames.precache);
  const previous = (await precache.keys()).filter(
    (r) => r.url.startsWith(assetsPrefix()) && !current.has(r.url),
  );
  if (previous.length === 0) return;
  await caches.delete(RETIRED_CACHE);
  const retired = await caches.open(RETIRED_CACHE);
  for (const request of previous) {
    const response = await precache.match(request);
    if (response) await retired.put(request, response);
  }
}

/** Serves a hashed asset missing from the precache from the previous version, else the network. */
export const retiredAssetHandler = {
  match: ({ url }: { url: URL }) => url.href.startsWith(assetsPrefix()),
  handle: async ({ request }: { request: Request }): Promise<Response> => {
    const kept = await caches.match(request, { cacheName: RETIRED_CACHE });
    return kept ?? fetch(request);
  },
};
