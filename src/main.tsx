import { hydrate, render } from 'preact';
import { App } from './app/App';
import { registerServiceWorker } from './pwa/register';
import { watchConnectivity } from './pwa/connectivity';
import { captureInstallPrompt } from './pwa/install';
import { bootTeam } from './app/team-boot';
import { useStore } from './app/store';
import { installTextGuard } from './ui/text-guard';
import './ui/theme.css';

const trimSlash = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);

// Before anything renders: no control or bidi character of user text reaches the screen raw.
installTextGuard();

function start() {
  const root = document.getElementById('app');
  if (!root) return;
  // Hydrate only the page that was prerendered for this path; a deep link served the
  // fallback index.html (prerendered home) and is rendered fresh instead.
  const prerendered = root.querySelector('.shell')?.getAttribute('data-path');
  if (prerendered && trimSlash(prerendered) === trimSlash(location.pathname)) {
    hydrate(<App />, root);
  } else {
    root.textContent = '';
    render(<App />, root);
  }
  // The prerendered page is Japanese: the stored (or the browser's) language follows at once.
  void useStore.getState().initLanguage();
  // The rest one task each, so that a tap during startup waits for none of them.
  const later = [
    captureInstallPrompt,
    watchConnectivity,
    bootTeam,
    () => {
      if (import.meta.env.PROD) void registerServiceWorker();
    },
  ];
  later.forEach((step) => setTimeout(step));
}

/**
 * Runs `then` once the prerendered page's first contentful paint is on screen (the paint entry
 * is reported after the frame was presented), or after two frames where paint timing is not
 * reported: no chunk is requested and no script work runs before the person sees the page,
 * however slowly this device draws it. (A tab opened in the background starts when first shown.)
 */
function afterFirstPaint(then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    setTimeout(then);
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      once();
    });
    observer.observe({ type: 'paint', buffered: true });
    // A page that paints no text or image reports no contentful paint: start after two frames.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once, 500)));
  } else requestAnimationFrame(() => requestAnimationFrame(once));
}

if (typeof window !== 'undefined') afterFirstPaint(start);

/** Build-time prerender of a route (called by @preact/preset-vite, never in the browser). */
export async function prerender(data: { url: string }) {
  const { default: renderToString, locationStub } = await import('preact-iso/prerender');
  locationStub(data.url);
  const { html, links } = await renderToString(<App />);
  // No inline script in the built HTML, not even preact-iso's empty data block.
  return { html: html.replace('<script type="isodata"></script>', ''), links };
}
