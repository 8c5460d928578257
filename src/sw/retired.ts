/// <reference lib="webworker" />
declare const self: ServiceWorkerGlobalScope;

/** The cache holding the previous version's hashed assets (frozen name). */
export const RETIRED_CACHE = 'incident-navi-retired-assets';

const assetsPrefix = () => new URL('assets/', self.registration.scope).href;

/**
 * Before this version replaces the previous one, copies the previous version's hashed assets
 * (those in none of this version's steps) aside, so tabs still running it can load their lazy
 * pages after another tab's 「更新」 (online or offline). Holds one previous version at a time.
 */
export async function keepPreviousAssets(
  isCurrent: (href: string) => boolean,
  cacheNames: string[],
): Promise<void> {
  const previous: Response[] = [];
  const keys: Request[] = [];
  for (const name of cacheNames) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!request.url.startsWith(assetsPrefix()) || isCurrent(request.url)) continue;
      const response = await cache.match(request);
      if (response) {
        keys.push(request);
        previous.push(response);
      }
    }
  }
  if (previous.length === 0) return;
  await caches.delete(RETIRED_CACHE);
  const retired = await caches.open(RETIRED_CACHE);
  for (const [i, request] of keys.entries()) await retired.put(request, previous[i]!);
}

/** Serves a hashed asset missing from the precache from the previous version, else the network. */
export const retiredAssetHandler = {
  match: ({ url }: { url: URL }) => url.href.startsWith(assetsPrefix()),
  handle: async ({ request }: { request: Request }): Promise<Response> => {
    const kept = await caches.match(request, { cacheName: RETIRED_CACHE });
    return kept ?? fetch(request);
  },
};
