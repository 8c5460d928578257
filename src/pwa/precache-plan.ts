import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestTransform } from 'workbox-build';
import { writePack } from './step-pack';

/**
 * When the service worker fetches a built file:
 * - `install`: precached before the worker takes over (what the first minutes of an incident
 *   need: home, the playbooks, triage, contacts, starting an incident and its checklist);
 * - `warm`: fetched right after the install step's download (guide pages, rarely used
 *   screens, export, backup, print and drills code, icons): after that, every route works
 *   offline in Japanese;
 * - `languages`: fetched right after the warm step's download, into the same cache (English
 *   and やさしい日本語: their catalogues and playbook renderings, 40 % of what is warmed), so
 *   that a slow first visit has every route in Japanese first;
 * - `demand`: only when first used, then kept (team mode, which only works online anyway).
 */
export type Tier = 'install' | 'warm' | 'languages' | 'demand';

/**
 * Every file the worker stores, by step (written to the build as precache-plan.json). `warm`
 * lists every file of the warm cache, `languages` those of them that come in the second
 * download.
 */
export interface StepPlan {
  install: string[];
  warm: { url: string; revision: string | null }[];
  languages: string[];
  demand: string[];
}

const order: Tier[] = ['install', 'warm', 'languages', 'demand'];
const later = (a: Tier, b: Tier): Tier => (order.indexOf(a) > order.indexOf(b) ? a : b);

// Rules on the source module a lazy chunk starts from (its dynamic import's target), first match
// wins. A chunk's tier is the most urgent tier of any path that reaches it, so code shared with
// an install page stays in the install step.
const rules: [RegExp, Tier][] = [
  [/\/features\/team\/|\/src\/sync\/|pouchdb/i, 'demand'],
  [/\/features\/(export|drills)\/|\/src\/export\/|\/storage\/backup-repo/, 'warm'],
  [/\/features\/(guide\/Guide(Doc)?Page|search\/|prep\/|settings\/|notfound\/)/, 'warm'],
  // Other languages than Japanese: their catalogues and playbook renderings.
  [/\/i18n\/(en|ja-easy)\/|playbook-renderings/, 'languages'],
  // The incident's other pages follow the checklist a few seconds later.
  [
    /\/features\/incidents\/(Incidents|Record|Timeline|Evidence)Page|\/features\/reporting\/Reporting/,
    'warm',
  ],
];

/** The tier of a lazy chunk whose dynamic import starts at `moduleId`. */
export function tierOfModule(moduleId: string | null | undefined): Tier {
  return rules.find(([re]) => moduleId && re.test(moduleId))?.[1] ?? 'install';
}

interface ChunkNode {
  imports: string[];
  dynamicImports: string[];
  facade: string | null;
  css: string[];
}

/** Tiers of every emitted file reached from the entries (most urgent path wins). */
export function tierFiles(chunks: Map<string, ChunkNode>, entries: string[]): Map<string, Tier> {
  const tiers = new Map<string, Tier>();
  const queue: [string, Tier][] = entries.map((e) => [e, 'install']);
  while (queue.length) {
    const [file, tier] = queue.shift()!;
    const known = tiers.get(file);
    if (known && order.indexOf(known) <= order.indexOf(tier)) continue;
    tiers.set(file, tier);
    const node = chunks.get(file);
    if (!node) continue;
    for (const css of node.css) queue.push([css, tier]);
    for (const dep of node.imports) queue.push([dep, tier]);
    for (const dep of node.dynamicImports) {
      queue.push([dep, later(tier, tierOfModule(chunks.get(dep)?.facade))]);
    }
  }
  return tiers;
}

/** Which step fetches `url` (a path relative to the build folder); null: the worker never does. */
export function tierOfUrl(url: string, tiers: Map<string, Tier>): Tier | null {
  if (url === 'index.html' || url === 'manifest.webmanifest') return 'install';
  // Prerendered pages serve a first visit from the network; offline, the app shell renders
  // the same page from the JS chunks, so they are not stored twice.
  if (url.endsWith('.html')) return null;
  if (url.startsWith('assets/')) {
    // Workers are emitted as assets the chunk graph does not link: warmed.
    return tiers.get(url) ?? 'warm';
  }
  return 'warm';
}

/** Files the worker may store: what the precache glob of vite.config.ts matches. */
const storable = (url: string) =>
  /\.(js|css|html|svg|png|webmanifest|txt)$/.test(url) &&
  !/(^|\/)(sw\.js|prerender-[^/]*\.js)$/.test(url);

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(dir, `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/** The steps, from the built files in `outDir` (revisions for unhashed files). */
export function stepPlan(outDir: string, tiers: Map<string, Tier>): StepPlan {
  const plan: StepPlan = { install: [], warm: [], languages: [], demand: [] };
  for (const url of filesUnder(outDir).filter(storable).sort()) {
    const tier = tierOfUrl(url, tiers);
    const hashed = url.startsWith('assets/');
    const revision = hashed
      ? null
      : createHash('md5')
          .update(readFileSync(join(outDir, url)))
          .digest('hex');
    if (tier === 'install') plan.install.push(url);
    if (tier === 'warm' || tier === 'languages') plan.warm.push({ url, revision });
    if (tier === 'languages') plan.languages.push(url);
    if (tier === 'demand') plan.demand.push(url);
  }
  return plan;
}

/**
 * The build's side of the stepped precache: `app` reads the chunk graph of the app build,
 * `sw` hands the later steps to the worker build as `__PRECACHE_LATER__` (the app is written
 * by then) and writes precache-plan.json, `transform` keeps only the install step in the precache manifest.
 */
export function precachePlan() {
  let tiers = new Map<string, Tier>();
  const app: Plugin = {
    name: 'incident-navi:precache-plan',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkNode>();
      const entries: string[] = [];
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        if (out.isEntry && !/prerender/.test(out.fileName)) entries.push(out.fileName);
        chunks.set(out.fileName, {
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          facade: out.facadeModuleId,
          css: [...(out.viteMetadata?.importedCss ?? [])],
        });
      }
      tiers = tierFiles(chunks, entries);
    },
  };
  const sw: Plugin = {
    name: 'incident-navi:precache-later',
    config: (config) => {
      const outDir = config.build!.outDir!;
      const { install, warm, languages, demand } = stepPlan(outDir, tiers);
      const second = new Set(languages);
      const packs = {
        install: writePack(outDir, 'install', install),
        warm: writePack(
          outDir,
          'warm',
          warm.map((w) => w.url).filter((url) => !second.has(url)),
        ),
        languages: writePack(outDir, 'languages', languages),
      };
      // For the browser tests and the bench (not fetched by the app).
      writeFileSync(
        join(outDir, 'precache-plan.json'),
        JSON.stringify({ install, warm, languages, demand, packs }),
      );
      return {
        define: { __PRECACHE_LATER__: JSON.stringify({ warm, languages, demand, packs }) },
      };
    },
  };
  const transform: ManifestTransform = (entries) => {
    const seen = new Set<string>();
    const manifest = entries.filter((entry) => {
      const first = !seen.has(entry.url);
      seen.add(entry.url);
      return first && tierOfUrl(entry.url, tiers) === 'install';
    });
    return Promise.resolve({ manifest, warnings: [] });
  };
  return { app, sw, transform };
}
