/// <reference lib="webworker" />
import { PrecacheController } from 'workbox-precaching';
import { canUnpack, unpack } from './unpack';

declare const self: ServiceWorkerGlobalScope;
/** Injected at build time by src/pwa/precache-plan.ts: the files fetched after install. */
declare const __PRECACHE_LATER__: {
  /** Every file of the warm cache, the languages step's included. */
  warm: { url: string; revision: string | null }[];
  /** The warm files that come in the second download: English and やさしい日本語. */
  languages: string[];
  demand: string[];
  /** Each step's files in one download (src/pwa/step-pack.ts). */
  packs: { install: string; warm: string; languages: string };
};

// Read once: the build writes the value in place of every mention.
const LATER = __PRECACHE_LATER__;

/** The pack of each step: one request for all its files (urls relative to the worker). */
export const PACKS = LATER.packs;

/** From this many missing files a step takes its pack; fewer (an update) come one by one. */
const PACK_FROM = 6;

/** The warm step's cache: guide pages, rare screens, export code, icons, other languages (frozen name). */
export const WARM_CACHE = 'incident-navi-warm';
/** Files kept once first used: backup, print, drills, team mode (frozen name). */
export const DEMAND_CACHE = 'incident-navi-on-demand';

/** The warm step, served like the precache (URL → revisioned cache key). */
export const warm = new PrecacheController({ cacheName: WARM_CACHE });
warm.addToCacheList(LATER.warm);

const demand = new Set(LATER.demand.map((u) => new URL(u, self.location.href).href));
const languages = new Set(LATER.languages.map((u) => new URL(u, self.location.href).href));

/** The warm cache's `[url, cacheKey]` of the languages step (`true`) or of the rest. */
const warmEntries = (ofLanguages: boolean) =>
  [...warm.getURLsToCacheKeys()].filter(([url]) => languages.has(url) === ofLanguages);

/** Whether `href` is a file of this version's later steps. */
export const isLater = (href: string) => warm.getURLsToCacheKeys().has(href) || demand.has(href);

/**
 * Stores every `[url, cacheKey]` missing from `cacheName`: from the step's pack when many are
 * missing (a first visit: one round trip instead of one per file), else, and for anything the
 * pack could not give, `limit` requests at a time. Rejects if a file cannot be fetched, so an
 * install that misses a file fails and retries. `linkFree` is called once nothing more is to be
 * downloaded: as soon as the pack is read (before its files are stored), else at the end.
 */
export async function fillCache(
  cacheName: string,
  entries: Iterable<[string, string]>,
  limit: number,
  pack?: string,
  linkFree?: () => void,
): Promise<void> {
  let free = linkFree;
  const tellFree = () => {
    free?.();
    free = undefined;
  };
  const cache = await caches.open(cacheName);
  const all = [...entries];
  const stored = await Promise.all(all.map(([, cacheKey]) => cache.match(cacheKey)));
  const missing = new Map(all.filter((_, i) => !stored[i]));
  if (pack && missing.size >= PACK_FROM && canUnpack()) {
    try {
      const response = await fetch(new URL(pack, self.location.href).href, {
        credentials: 'same-origin',
      });
      if (response.ok) {
        const files = await unpack(response);
        tellFree();
        // All at once: one put after another waits out each write's round trip.
        await Promise.all(
          files.map(async (file) => {
            const href = new URL(file.url, self.location.href).href;
            const cacheKey = missing.get(href);
            if (!cacheKey) return;
            await cache.put(cacheKey, file.response);
            missing.delete(href);
          }),
        );
      }
    } catch {
      // A damaged or unreachable pack: the files one by one below.
    }
  }
  const queue = [...missing];
  const next = async (): Promise<void> => {
    const [url, cacheKey] = queue.shift() ?? [];
    if (!url || !cacheKey) return;
    // A revisioned (unhashed) file skips the HTTP cache, as Workbox does.
    const response = await fetch(url, {
      credentials: 'same-origin',
      cache: url === cacheKey ? 'default' : 'reload',
    });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await cache.put(cacheKey, response);
    return next();
  };
  if (queue.length) await Promise.all(Array.from({ length: limit }, next));
  tellFree();
}

let warming: Promise<void> | null = null;

/**
 * Fetches the warm step, then the languages step into the same cache, one fill at a time:
 * started once the install step's download is done, and asked again by the page once idle
 * (which then waits for the same downloads). The languages' download starts once the warm
 * pack is read, so that every route works in Japanese first. A failed fill is tried again at
 * the next ask.
 */
export const warmLater = (): Promise<void> =>
  (warming ??= fillWarm().finally(() => {
    warming = null;
  }));

async function fillWarm(): Promise<void> {
  let second: Promise<void> | undefined;
  const startLanguages = () => {
    if (second) return second;
    second = fillCache(WARM_CACHE, warmEntries(true), 2, PACKS.languages);
    // Awaited below; a warm step that fails first must not leave it unhandled.
    second.catch(() => undefined);
    return second;
  };
  try {
    await fillCache(WARM_CACHE, warmEntries(false), 2, PACKS.warm, () => void startLanguages());
  } catch (error) {
    // One fill at a time: the next ask starts again only once this languages' download is over.
    await second?.catch(() => undefined);
    throw error;
  }
  await startLanguages();
}

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
