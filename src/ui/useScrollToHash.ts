import { useEffect } from 'preact/hooks';

/**
 * Once the page's content is on screen, scrolls to the element named by the URL's hash
 * (a search result or a contact link) and moves focus there; opens it if it is a
 * collapsed <details>.
 */
export function useScrollToHash(ready: boolean) {
  useEffect(() => {
    if (!ready || typeof location === 'undefined' || !location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    // After the router's own focus/scroll on navigation.
    const timer = setTimeout(() => {
      const el = document.getElementById(id);
      if (!el) return;
      if (el instanceof HTMLDetailsElement) el.open = true;
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.classList.add('is-target');
      el.focus({ preventScroll: true });
      el.scrollIntoView?.({ block: 'start' });
    }, 0);
    return () => clearTimeout(timer);
  }, [ready]);
}
