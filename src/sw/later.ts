/// <reference lib="webworker" />
import { PrecacheController } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope;
/** Injected at build time by src/pwa/precache-plan.ts: the files fetched after install. */
declare const __PRECACHE_LATER__: {
  warm: { url: string; revision: string | null }[];
  demand: string[];
};

/** The warm step's cache: guide pages, rare screens, export code, icons (frozen name). */
export const WARM_CACHE = 'incident-navi-warm';
/** Files kept once first used: backup, print, drills, team mode (frozen name). */
export const DEMAND_CACHE = 'incident-navi-on-demand';

/** The warm step, served like the precache (URL → revisioned cache key). */
export const warm = new PrecacheController({ cacheName: WARM_CACHE });
warm.addToCacheList(__PRECACHE_LATER__.warm);

const demand = new Set(__PRECACHE_LATER__.demand.map((u) => new URL(u, self.location.href).href));

/** Whether `href` is a file of this version's later steps. */
export const isLater = (href: string) => warm.getURLsToCacheKeys().has(href) || demand.has(href);

/**
 * Stores every `[url, cacheKey]` missing from `cacheName`, `limit` requests at a time (the
 * Workbox precache fetches one file after another, a round trip each on a slow network).
 * Rejects if a file cannot be fetched, so an install that misses a file fails and retries.
 */
export async function fillCache(
  cacheName: string,
  entries: Iterable<[string, string]>,
  limit: number,
): Promise<void> {
  const cache = await caches.open(cacheName);
  const queue = [...entries];
  const next = async (): Promise<void> => {
    const [url, cacheKey] = queue.shift() ?? [];
    if (!url || !cacheKey) return;
    if (!(await cache.match(cacheKey))) {
      // A revisioned (unhashed) file skips the HTTP cache, as Workbox does.
      const response = await fetch(url, {
        credentials: 'same-origin',
        cache: url === cacheKey ? 'default' : 'reload',
      });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(cacheKey, response);
    }
    return next();
  };
  await Promise.all(Array.from({ length: limit }, next));
}

/** Fetches the warm step (the page asks once the worker controls it and it is idle). */
export const warmLater = () => fillCache(WARM_CACHE, warm.getURLsToCacheKeys(), 2);

/** Drops files of older versions from the later caches (after retired.ts kept them aside). */
export async function pruneLater(): Promise<void> {
  const expected = new Set(warm.getURLsToCacheKeys().values());
  for (const [name, keep] of [
    [WARM_CACHE, (u: string) => expected.has(u)],
    [DEMAND_CACHE, (u: string) => demand.has(u)],
  ] as const) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!keep(request.url)) await cache.delete(request);
    }
  }
}

/** A hashed asset of the on-demand step: from its cache, else fetched once and kept. */
export const onDemandHandler = {
  match: ({ url }: { url: URL }) => demand.has(url.href),
  handle: async ({ request }: { request: Request }): Promise<Response> => {
    const cache = await caches.open(DEMAND_CACHE);
    const kept = await cache.match(request);
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
};
