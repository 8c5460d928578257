import { h, type ComponentType } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { markPageWorks, replayEarlyTap } from './early-tap';
import { useStore } from './store';
import { useMessages } from '../i18n/active';
import { app } from '../i18n/ja/app';

/**
 * A lazily loaded page whose chunk may fail to load (the app was updated in another tab and
 * its files are gone, or the network dropped on a first visit before every screen was stored):
 * it then shows a calm message instead of a blank or wrong page.
 */
export function lazyPage(load: () => Promise<{ default: unknown }>): ComponentType<never> {
  return lazy(() =>
    load().then(
      (m) => worksThenReplays(m.default as ComponentType),
      () => PageLoadFailed,
    ),
  ) as ComponentType<never>;
}

/** The page, which once hydrated taps again a button tapped before it worked. */
function worksThenReplays(Page: ComponentType): ComponentType {
  return function HydratedPage(props: object) {
    // At the commit the handlers are in place: the loader stops keeping taps at once. The
    // replay runs after the page's own effects.
    useLayoutEffect(markPageWorks, []);
    useEffect(replayEarlyTap, []);
    return h(Page, props);
  };
}

/** The screens a first visit stores before anything else (the worker's install step). */
const STORED_FIRST = [
  { href: '/', id: 'home' },
  { href: '/incidents/new', id: 'newIncident' },
  { href: '/contacts', id: 'contacts' },
] as const;

/** What a page that could not be loaded shows. */
export function PageLoadFailed() {
  const m = useMessages(app);
  const online = useStore((s) => s.online);
  const everyScreenStored = useStore((s) => s.offlineCapable);
  // The worker controls the page once its install step is stored: home, the playbooks, a new
  // incident and its checklist work offline from then on, the other screens a little later.
  const firstScreensStored =
    typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
  // Online, a missing chunk means a new version or a passing glitch, not a cut network.
  if (everyScreenStored || online)
    return (
      <section role="alert" class="card">
        <h1>{m.loadFailedTitle}</h1>
        <p>{m.loadFailedText}</p>
        <ReloadButton />
      </section>
    );
  return (
    <section role="alert" class="card">
      <h1>{m.notStoredTitle}</h1>
      <p>{m.notStoredText}</p>
      {firstScreensStored ? (
        <>
          <p>{m.storedScreensIntro}</p>
          <ul class="stored-screens">
            {STORED_FIRST.map((s) => (
              <li key={s.href}>
                <a class="button block" href={s.href}>
                  {m.storedScreens[s.id]}
                </a>
              </li>
            ))}
          </ul>
          <p>{m.restStoredLater}</p>
        </>
      ) : (
        <p>{m.nothingStored}</p>
      )}
    </section>
  );
}

/** 「再読み込み」: reloads the whole app (also the error boundary's way out). */
export function ReloadButton() {
  const m = useMessages(app);
  return (
    <button type="button" class="button primary" onClick={() => location.reload()}>
      {m.reload}
    </button>
  );
}
