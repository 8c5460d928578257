/**
 * Browser-side loading of the compiled playbooks: one lazy chunk per file, so the home
 * route downloads none of them. The YAML was validated at build time (yaml-plugin.ts).
 */
import type { IncidentPlaybook, PlaybookFile } from './schema';
import { isIncidentPlaybook, isPlaybookFile, type AnyPlaybookFile, type Content } from './model';
import { toContent } from './assemble';

type Modules = Record<string, () => Promise<unknown>>;

/** Loader functions over a map of `path → lazy import`; exported for tests. */
export function createLoader(modules: Modules) {
  const byId = new Map<string, () => Promise<unknown>>();
  for (const [path, load] of Object.entries(modules))
    byId.set(path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), load);
  const cache = new Map<string, Promise<AnyPlaybookFile>>();

  /** Loads one file of playbooks/ by id (= file name), e.g. 'ransomware', 'contacts'. */
  function loadPlaybook<T extends AnyPlaybookFile = PlaybookFile>(id: string): Promise<T> {
    const load = byId.get(id);
    if (!load) return Promise.reject(new Error(`unknown playbook "${id}"`));
    let p = cache.get(id);
    if (!p) {
      p = load() as Promise<AnyPlaybookFile>;
      // A failed chunk load (offline before caching) may be retried later.
      p.catch(() => cache.delete(id));
      cache.set(id, p);
    }
    return p as Promise<T>;
  }

  /** Loads the basic steps and the given incident types (what checklistFor needs). */
  async function loadIncidentPlaybooks(typeIds: readonly string[]): Promise<IncidentPlaybook[]> {
    const ids = ['basic', ...typeIds.filter((t) => t !== 'basic')];
    const files = await Promise.all(ids.map((id) => loadPlaybook(id)));
    return files.filter((f) => isPlaybookFile(f) && isIncidentPlaybook(f)) as IncidentPlaybook[];
  }

  /** Loads every file (e.g. for search). */
  async function loadAll(): Promise<Content> {
    return toContent(await Promise.all([...byId.keys()].sort().map((id) => loadPlaybook(id))));
  }

  return { loadPlaybook, loadIncidentPlaybooks, loadAll, ids: () => [...byId.keys()].sort() };
}

const loader = createLoader(import.meta.glob('../../playbooks/*.yaml', { import: 'default' }));

/** Loads one file of playbooks/ by id (= file name), e.g. 'ransomware', 'contacts'. */
export const loadPlaybook = loader.loadPlaybook;
/** Loads the basic steps and the given incident types (what checklistFor needs). */
export const loadIncidentPlaybooks = loader.loadIncidentPlaybooks;
/** Loads every file of playbooks/ into one Content object. */
export const loadAll = loader.loadAll;
