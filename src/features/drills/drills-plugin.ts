/**
 * Vite plugin (Node side): compiles playbooks/drills/*.yaml to `export default <json>`
 * after validating every scenario against the playbooks, so a bad file fails the build.
 * A scenario's sentences may be `{ ja, en, easy }` like the playbooks': the compiled
 * scenario keeps the Japanese, and the renderings join the playbooks' own renderings
 * modules, so views look them up with `<Rendered>` like any playbook sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseYaml, readPlaybooksDir } from '../../content/read-dir';
import type { NamedFile } from '../../content/validate';
import { yamlModulePlugin } from '../../content/yaml-module-plugin';
import { RENDERINGS_MODULE } from '../../content/yaml-plugin';
import { collectRenderings, RENDERED_LANGUAGES } from '../../content/renderings';
import { knownIds, validateScenario } from './scenario-validate';
import type { Scenario } from './scenario-model';

/** One scenario as read: its name, its checked data (Japanese only) and the parsed YAML. */
export interface ScenarioSource extends NamedFile<Scenario> {
  /** The YAML as parsed, renderings included. */
  raw: unknown;
}

/**
 * Reads and validates every scenario of `playbooksDir`/drills; names relative to `root`.
 * Their renderings are checked together with the playbooks' (one sentence, one rendering).
 */
export function readDrillsDir(playbooksDir: string, root = process.cwd()): ScenarioSource[] {
  return readWithPlaybooks(playbooksDir, root).drills;
}

/** The renderings of the playbooks and the scenarios together, one table per language. */
export function drillAndPlaybookRenderings(playbooksDir: string, root = process.cwd()) {
  const { playbooks, drills } = readWithPlaybooks(playbooksDir, root);
  return { ...collectRenderings([...playbooks, ...drills]), drills };
}

function readWithPlaybooks(playbooksDir: string, root: string) {
  const playbooks = readPlaybooksDir(playbooksDir, root);
  const known = knownIds(playbooks);
  const dir = join(playbooksDir, 'drills');
  const drills = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f): ScenarioSource => {
      const path = join(dir, f);
      const file = relative(root, path).split('\\').join('/');
      const raw = parseYaml(file, readFileSync(path, 'utf8'));
      return { file, raw, data: validateScenario(file, raw, known) };
    });
  collectRenderings([...playbooks, ...drills]);
  return { playbooks, drills };
}

/** The plugin; add it to vite.config.ts `plugins` (after the playbooks plugin). */
export function drillsPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  const base = yamlModulePlugin({
    name: 'incident-navi:drills',
    dir: options.dir,
    subdir: 'drills',
    what: 'a drill scenario',
    readAll: readDrillsDir,
  });
  const baseResolved = base.configResolved as (config: { root: string }) => void;
  const renderings = new Map(RENDERED_LANGUAGES.map((l) => [`\0${RENDERINGS_MODULE}${l}`, l]));
  return {
    ...base,
    configResolved(config) {
      root = config.root;
      baseResolved(config);
    },
    // The playbooks plugin makes each language's renderings module; this one adds the
    // scenarios' sentences to it, so one lazy chunk per language serves both.
    transform(_code, id) {
      const lang = renderings.get(id);
      if (!lang) return null;
      const { tables, drills } = drillAndPlaybookRenderings(
        resolve(root, options.dir ?? 'playbooks'),
        root,
      );
      for (const d of drills) this.addWatchFile(resolve(root, d.file));
      return { code: `export default ${JSON.stringify(tables[lang])};\n`, map: null };
    },
  };
}
