import type { Plugin } from 'vite';

/**
 * Team mode's server is on this origin under /couchdb/ (a reverse proxy), so the CSP keeps
 * connect-src 'self'. A deployment may set VITE_SYNC_ORIGIN at build time instead: the build
 * adds exactly that origin (scheme, host, port) to connect-src. Never an origin typed into the app.
 */
export function syncOriginCsp(syncOrigin: string | undefined): Plugin {
  const origin = syncOrigin ? new URL(syncOrigin).origin : null;
  return {
    name: 'incident-navi:sync-origin-csp',
    transformIndexHtml: (html: string) =>
      origin ? html.replace("connect-src 'self'", `connect-src 'self' ${origin}`) : html,
  };
}
