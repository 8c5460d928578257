/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { manifest } from './src/pwa/manifest';
import { precachePlan } from './src/pwa/precache-plan';
import { criticalCss } from './src/pwa/critical-css';
import { entryLoader } from './src/pwa/entry-loader';
import { playbooksPlugin } from './src/content/yaml-plugin';
import { assertReportingRules } from './src/features/reporting/rules-schema';
import { drillsPlugin } from './src/features/drills/drills-plugin';
import { pouchdbEsm } from './src/sync/pouchdb-plugin';
import { syncOriginCsp } from './src/sync/csp-plugin';
import { cspHeaderPlugin } from './deploy/csp-header.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// APP_BUILD_ID lets the browser tests build a second, distinguishable version.
const appVersion = process.env.APP_BUILD_ID
  ? `${pkg.version}+${process.env.APP_BUILD_ID}`
  : pkg.version;

/** `npm start`: serve a prerendered route's own HTML (/guide → /guide/index.html), as hosts do. */
function prerenderedRoutes(): Plugin {
  return {
    name: 'incident-navi:prerendered-routes',
    configurePreviewServer(server) {
      const outDir = server.config.build.outDir;
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '/').split('?')[0]!;
        if (!/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) {
          const file = join(server.config.root, outDir, decodeURIComponent(path), 'index.html');
          if (existsSync(file)) req.url = `${path}/index.html${req.url!.slice(path.length)}`;
        }
        next();
      });
    },
  };
}

/** The playbooks as modules; the reporting rules are checked against their own schema. */
const playbooks = () => playbooksPlugin({ external: { 'reporting-rules': assertReportingRules } });

/** Which built files the worker precaches, warms after install, or keeps at first use. */
const plan = precachePlan();

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  // The export worker builds the 「報告・届出と期限」 section: it reads the rules too.
  worker: { plugins: () => [playbooks()] },
  build: {
    target: 'es2022',
    modulePreload: {
      polyfill: false,
      // A lazy chunk's stylesheets are still added with it; its scripts are not announced as
      // <link rel="modulepreload"> elements: the import fetches them itself, and each link added
      // to the page was main-thread work in the tasks right after the first paint (issue 26).
      resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')),
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    // `npm start` / `npm run team:local`: the team server under the app's own origin.
    proxy: {
      '/couchdb': {
        target: process.env.TEAM_SERVER ?? 'http://127.0.0.1:5984',
        rewrite: (path) => path.replace(/^\/couchdb/, ''),
      },
    },
  },
  plugins: [
    pouchdbEsm(),
    syncOriginCsp(process.env.VITE_SYNC_ORIGIN),
    prerenderedRoutes(),
    plan.app,
    criticalCss(),
    entryLoader(),
    // At the very end (closeBundle): dist/nginx-csp.conf, the server's CSP header, from the
    // pages' final meta tags.
    cspHeaderPlugin(),
    playbooks(),
    drillsPlugin(),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        additionalPrerenderRoutes: ['/404'],
      },
    }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      // The glob below already precaches the icons and robots.txt: listing them again here
      // (or the manifest icons) put each icon in the precache manifest twice.
      includeManifestIcons: false,
      injectManifest: {
        // manifest.webmanifest is added by the plugin itself (globbed, it was listed twice).
        globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
        // The prerender chunk only runs at build time. Team mode's code is in no step but
        // 'demand' (src/pwa/precache-plan.ts): cached at first use.
        globIgnores: ['**/prerender-*.js'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // Only the install step stays in the manifest; the worker build gets the later steps.
        manifestTransforms: [plan.transform],
        buildPlugins: { vite: [plan.sw] },
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    server: { deps: { inline: ['zustand'] } },
    testTimeout: 20_000,
  },
});
