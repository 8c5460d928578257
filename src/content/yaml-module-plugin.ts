/**
 * The one YAML → module Vite plugin (Node side): the YAML files of one folder become
 * `export default <json>` after the whole set is read and validated, so a bad file fails the
 * build naming itself and no YAML parser ships to the phone. Used by the playbooks and drills.
 */
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { NamedFile } from './validate';

/** What one YAML module plugin compiles. */
export interface YamlModuleOptions {
  /** The plugin's name, e.g. 'incident-navi:playbooks'. */
  name: string;
  /** The playbooks folder, relative to the Vite root (default 'playbooks'). */
  dir?: string;
  /** The folder of the compiled files inside it ('' for the playbooks folder itself). */
  subdir?: string;
  /** Reads and validates every file, named relative to `root`; throws on a bad one. */
  readAll: (dir: string, root: string) => NamedFile<unknown>[];
  /** What a file of the folder is, for the error on one that was not read, e.g. 'a playbook file'. */
  what: string;
  /** Virtual modules made from the whole set: id (e.g. 'virtual:…/en') → its code. */
  virtual?: Record<string, (files: NamedFile<unknown>[]) => string>;
}

/** A plugin compiling the YAML files of one folder; add it to vite.config.ts `plugins`. */
export function yamlModulePlugin(options: YamlModuleOptions): Plugin {
  let root = process.cwd();
  let dir = resolve(root, options.dir ?? 'playbooks');
  // The whole set is read each time a file is loaded: a change in one file can break a
  // reference in another, and the folder is small.
  const readAll = () => options.readAll(dir, root);
  return {
    name: options.name,
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'playbooks');
    },
    buildStart() {
      // Fail the build early, even for a file nothing imports.
      for (const f of readAll()) this.addWatchFile(resolve(root, f.file));
    },
    resolveId(id) {
      return options.virtual && id in options.virtual ? `\0${id}` : null;
    },
    load(id) {
      const made = id.startsWith('\0') && options.virtual?.[id.slice(1)];
      if (made) return { code: made(readAll()), map: null, moduleType: 'js' };
      const file = id.split('?')[0]!;
      if (!/\.ya?ml$/.test(file) || dirname(file) !== join(dir, options.subdir ?? '')) return null;
      const found = readAll().find((f) => resolve(root, f.file) === file);
      if (!found) throw new Error(`${file}: not ${options.what}`);
      return {
        code: `export default ${JSON.stringify(found.data)};\n`,
        map: null,
        moduleType: 'js',
      };
    },
  };
}
