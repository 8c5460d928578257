import { hydrate, render } from 'preact';
import { App } from './app/App';
import { registerServiceWorker } from './pwa/register';
import { watchConnectivity } from './pwa/connectivity';
import { captureInstallPrompt } from './pwa/install';
import { bootTeam } from './app/team-boot';
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
  // The rest in a task of its own, so that a tap during startup waits for neither.
  setTimeout(() => {
    captureInstallPrompt();
    watchConnectivity();
    bootTeam();
    if (import.meta.env.PROD) void registerServiceWorker();
  });
}

// Hydration once the first frame is on screen (the second frame's callback runs after the
// first one was drawn), in a task of its own: the prerendered page is painted before any chunk
// it needs is requested, and input is handled in between instead of after one long task. (A tab
// opened in the background hydrates when it is first shown.)
if (typeof window !== 'undefined')
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));

/** Build-time prerender of a route (called by @preact/preset-vite, never in the browser). */
export async function prerender(data: { url: string }) {
  const { default: renderToString, locationStub } = await import('preact-iso/prerender');
  locationStub(data.url);
  const { html, links } = await renderToString(<App />);
  // No inline script in the built HTML, not even preact-iso's empty data block.
  return { html: html.replace('<script type="isodata"></script>', ''), links };
}
