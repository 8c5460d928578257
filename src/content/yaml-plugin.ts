/**
 * Vite plugin (Node side): compiles playbooks/*.yaml to `export default <json>` after
 * validating every file and the rules across files, so no YAML parser ships to the phone.
 */
import type { Plugin } from 'vite';
import { readPlaybooksDir, type PlaybookSource } from './read-dir';
import { ContentError, EXTERNAL_KINDS } from './validate';
import { yamlModulePlugin } from './yaml-module-plugin';
import { collectRenderings, RENDERED_LANGUAGES } from './renderings';

/** The module of one language's playbook renderings (renderingKey(ja) → text), loaded lazily. */
export const RENDERINGS_MODULE = 'virtual:playbook-renderings/';

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
  return yamlModulePlugin({
    name: 'incident-navi:playbooks',
    dir: options.dir,
    what: 'a playbook file',
    // The renderings apart from the playbooks, so those stay Japanese and as small as before.
    virtual: Object.fromEntries(
      RENDERED_LANGUAGES.map((lang) => [
        `${RENDERINGS_MODULE}${lang}`,
        (files) => {
          const { tables } = collectRenderings(files as PlaybookSource[]);
          return `export default ${JSON.stringify(tables[lang])};\n`;
        },
      ]),
    ),
    readAll(dir, root) {
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
    },
  });
}
