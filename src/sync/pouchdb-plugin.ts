import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = '\0pouchdb-browser-esm';

/**
 * PouchDB and its CommonJS dependencies (events, spark-md5, vuvuzela) bundled once into one
 * plain ES module. Bundled by the app's build directly, their CommonJS helpers went to the
 * runtime chunk every page loads (about 280 bytes gzip on the home route); bundled apart, the
 * helpers stay inside team mode's own chunk.
 */
export function pouchdbEsm(): Plugin {
  let code: Promise<string> | undefined;
  return {
    name: 'incident-navi:pouchdb-esm',
    enforce: 'pre',
    resolveId: (id) => (id === 'pouchdb-browser' ? ID : undefined),
    load(id) {
      if (id !== ID) return undefined;
      code ??= (async () => {
        const { rolldown } = await import('rolldown');
        const input = createRequire(import.meta.url).resolve('pouchdb-browser/lib/index.es.js');
        const bundle = await rolldown({ input, platform: 'browser', logLevel: 'silent' });
        const { output } = await bundle.generate({ format: 'es' });
        await bundle.close();
        return output[0].code;
      })();
      return code;
    },
  };
}
