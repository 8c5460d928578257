import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n/active';
import { app } from '../i18n/ja/app';

// True once the app has rendered in the browser (after hydrating the prerendered HTML).
let hydrated = false;

/** Called by the app root after its first render in the browser. */
export function markHydrated(): void {
  hydrated = true;
}

/**
 * Wraps a page that shows stored data. The build has no database, so its prerendered HTML
 * only says 読み込み中; the page itself renders once the app runs, so no button is shown
 * (and tapped) before it works. Later navigations render the page at once.
 */
export function storedData(Page: ComponentType<never>): ComponentType<never> {
  return function StoredDataPage(props: never) {
    const [ready, setReady] = useState(hydrated);
    const m = useMessages(app);
    useEffect(() => setReady(true), []);
    return ready ? (
      h(Page as ComponentType<object>, props as object)
    ) : (
      <p class="muted" aria-busy="true">
        {m.loading}
      </p>
    );
  };
}
