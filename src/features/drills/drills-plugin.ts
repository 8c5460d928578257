/**
 * Vite plugin (Node side): compiles playbooks/drills/*.yaml to `export default <json>`
 * after validating every scenario against the playbooks, so a bad file fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseYaml, readPlaybooksDir } from '../../content/read-dir';
import type { NamedFile } from '../../content/validate';
import { yamlModulePlugin } from '../../content/yaml-module-plugin';
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
  return yamlModulePlugin({
    name: 'incident-navi:drills',
    dir: options.dir,
    subdir: 'drills',
    what: 'a drill scenario',
    readAll: readDrillsDir,
  });
}
