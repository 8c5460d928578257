/**
 * Vite plugin (Node side): compiles playbooks/*.yaml to `export default <json>` after
 * validating every file and the rules across files, so no YAML parser ships to the phone.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readPlaybooksDir } from './read-dir';
import { ContentError, EXTERNAL_KINDS } from './validate';

/** Options of playbooksPlugin. */
export interface PlaybooksPluginOptions {
  /** The playbooks folder, relative to the Vite root (default 'playbooks'). */
  dir?: string;
  /**
   * Validators for files of EXTERNAL_KINDS (other features' schemas): throw to fail the
   * build; the message is prefixed with the file name.
   */
  external?: Record<string, (data: unknown) => void>;
}

/** The plugin; add it to vite.config.ts `plugins`. */
export function playbooksPlugin(options: PlaybooksPluginOptions = {}): Plugin {
  let root = process.cwd();
  let dir = resolve(root, options.dir ?? 'playbooks');
  // Validate the whole folder each time a file is loaded: a change in one file can break
  // a reference in another, and the folder is small.
  const readAll = () => {
    const files = readPlaybooksDir(dir, root);
    for (const f of files) {
      const check = EXTERNAL_KINDS.includes(f.data.kind) && options.external?.[f.data.kind];
      if (!check) continue;
      try {
        check(f.data);
      } catch (e) {
        throw new ContentError(f.file, '', (e as Error).message);
      }
    }
    return files;
  };
  return {
    name: 'incident-navi:playbooks',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'playbooks');
    },
    buildStart() {
      // Fail the build early, even for a file nothing imports.
      for (const f of readAll()) this.addWatchFile(resolve(root, f.file));
    },
    load(id) {
      const file = id.split('?')[0];
      if (!/\.ya?ml$/.test(file) || dirname(file) !== dir) return null;
      const found = readAll().find((f) => resolve(root, f.file) === file);
      if (!found) throw new Error(`${file}: not a playbook file`);
      return {
        code: `export default ${JSON.stringify(found.data)};\n`,
        map: null,
        moduleType: 'js',
      };
    },
  };
}
