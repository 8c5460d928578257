import { hydrate, render } from 'preact';
import { App } from './app/App';
import { registerServiceWorker } from './pwa/register';
import { watchConnectivity } from './pwa/connectivity';
import { captureInstallPrompt } from './pwa/install';
import { bootTeam } from './app/team-boot';
import { useStore } from './app/store';
import { installTextGuard } from './ui/text-guard';
import './ui/theme.css';
// The CSS of what home starts and warms (its reminders, a playbook) ships with the shell too,
// after the theme as before: a stylesheet added later restyles and lays out the whole page in
// one long task, at start-up or on the tap into a playbook.
import './ui/rendered.css';
import './ui/urgent.css';
import './ui/guidance.css';
import './features/guide/guide.css';
import './ui/reminder.css';

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
    // The prerendered page the loader kept hidden is gone: show the page asked for.
    document.documentElement.removeAttribute('data-other-page');
  }
  // The rest one task each, so that a tap during startup waits for none of them. First the
  // language: the prerendered page is Japanese, the stored (or the browser's) one follows.
  const later = [
    () => void useStore.getState().initLanguage(),
    captureInstallPrompt,
    watchConnectivity,
    bootTeam,
    () => {
      if (import.meta.env.PROD) void registerServiceWorker();
    },
  ];
  later.forEach((step) => setTimeout(step));
}

// Built pages load this entry only once their first paint is on screen (src/pwa/entry-loader.inline.js);
// the start is a task of its own, apart from the evaluation of the modules.
if (typeof window !== 'undefined') setTimeout(start);

/** Build-time prerender of a route (called by @preact/preset-vite, never in the browser). */
export async function prerender(data: { url: string }) {
  const { default: renderToString, locationStub } = await import('preact-iso/prerender');
  locationStub(data.url);
  const { html, links } = await renderToString(<App />);
  // The built HTML's one inline script is the entry loader: not even preact-iso's empty data block.
  return { html: html.replace('<script type="isodata"></script>', ''), links };
}
