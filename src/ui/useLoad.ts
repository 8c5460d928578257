import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** State of something loaded lazily (a content chunk). */
export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown; retry: () => void };

// Settled loads by key, shared by every page: coming back to a page renders at once.
const done = new Map<string, unknown>();
const failed = new Map<string, unknown>();
const pending = new Map<string, Promise<void>>();

function start<T>(key: string, load: () => Promise<T>): Promise<void> {
  let p = pending.get(key);
  if (!p) {
    p = load().then(
      (data) => void done.set(key, data),
      (error: unknown) => void failed.set(key, error),
    );
    p.finally(() => pending.delete(key));
    pending.set(key, p);
  }
  return p;
}

/**
 * Loads `load()` once per `key`. By default the component suspends (throws the promise) until
 * the content is there: the build's prerender then writes the content into the HTML, hydration
 * keeps that HTML instead of flashing a placeholder, and the router keeps the previous page
 * during a navigation. With `{ suspend: false }` it returns 'loading' first (pages that must
 * take input at once, like search). A failure returns 'error' with a retry.
 */
export function useLoad<T>(
  key: string,
  load: () => Promise<T>,
  options: { suspend?: boolean } = {},
): Loaded<T> {
  const suspend = options.suspend ?? true;
  const [, setAttempt] = useState(0);
  const waiting = useRef<Promise<void> | null>(null);
  const retry = useCallback(() => {
    failed.delete(key);
    setAttempt((n) => n + 1);
  }, [key]);
  const settled = done.has(key) || failed.has(key);
  useEffect(() => {
    if (!settled && !suspend) void start(key, load).then(() => setAttempt((n) => n + 1));
    // `load` is expected to depend only on `key`.
  }, [key, settled, suspend]);
  if (done.has(key)) return { status: 'ready', data: done.get(key) as T };
  if (failed.has(key)) return { status: 'error', error: failed.get(key), retry };
  if (suspend) {
    // Like preact-iso's lazy(): the suspended component re-renders itself once loaded.
    const p = start(key, load);
    if (waiting.current !== p) {
      waiting.current = p;
      void p.then(() => setAttempt((n) => n + 1));
    }
    throw p;
  }
  return { status: 'loading' };
}

/**
 * Loads `key` ahead of need (e.g. while the home screen is idle), so its page renders at once.
 * A failed preload is forgotten: the page itself will try again and show any error. Settles
 * (never rejects) once loaded or failed.
 */
export function preload<T>(key: string, load: () => Promise<T>): Promise<void> {
  if (done.has(key)) return Promise.resolve();
  return (
    pending.get(key) ??
    load().then(
      (data) => void done.set(key, data),
      () => {},
    )
  );
}
