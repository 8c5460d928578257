/**
 * Vite plugin (Node side): compiles playbooks/drills/*.yaml to `export default <json>`
 * after validating every scenario against the playbooks, so a bad file fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseYaml, readPlaybooksDir } from '../../content/read-dir';
import type { NamedFile } from '../../content/validate';
import { knownIds, validateScenario } from './scenario-validate';
import type { Scenario } from './scenario-model';

/** Reads and validates every scenario of `playbooksDir`/drills; names relative to `root`. */
export function readDrillsDir(playbooksDir: string, root = process.cwd()): NamedFile<Scenario>[] {
  const known = knownIds(readPlaybooksDir(playbooksDir, root));
  const dir = join(playbooksDir, 'drills');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const file = relative(root, path).split('\\').join('/');
      return {
        file,
        data: validateScenario(file, parseYaml(file, readFileSync(path, 'utf8')), known),
      };
    });
}

/** The plugin; add it to vite.config.ts `plugins`. */
export function drillsPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let dir = resolve(root, options.dir ?? 'playbooks');
  return {
    name: 'incident-navi:drills',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'playbooks');
    },
    buildStart() {
      // Fail the build early, even for a scenario nothing imports yet.
      for (const f of readDrillsDir(dir, root)) this.addWatchFile(resolve(root, f.file));
    },
    load(id) {
      const file = id.split('?')[0]!;
      if (!/\.ya?ml$/.test(file) || dirname(file) !== join(dir, 'drills')) return null;
      const found = readDrillsDir(dir, root).find((f) => resolve(root, f.file) === file);
      if (!found) throw new Error(`${file}: not a drill scenario`);
      return {
        code: `export default ${JSON.stringify(found.data)};\n`,
        map: null,
        moduleType: 'js',
      };
    },
  };
}
