import { useCallback, useEffect, useState } from 'preact/hooks';

/** State of something loaded lazily (a content chunk). */
export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown; retry: () => void };

// Resolved values by key, so coming back to a page renders at once (no loading flash).
const done = new Map<string, unknown>();

/** Runs `load` once per `key` after mount and returns its state; retry on failure. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(() =>
    done.has(key) ? { status: 'ready', data: done.get(key) as T } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (done.has(key)) {
      setState({ status: 'ready', data: done.get(key) as T });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => {
        done.set(key, data);
        if (live) setState({ status: 'ready', data });
      },
      (error: unknown) => live && setState({ status: 'error', error, retry }),
    );
    return () => {
      live = false;
    };
    // `load` is expected to depend only on `key`.
  }, [key, attempt]);
  return state;
}
