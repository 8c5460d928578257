/** Browser-side loading of the drill scenarios: one lazy chunk each, never in the home bundle. */
import type { Scenario } from './scenario-model';

const modules = import.meta.glob<Scenario>('../../../playbooks/drills/*.yaml', {
  import: 'default',
});

/** The scenario ids (file names), sorted. */
export const scenarioIds = Object.keys(modules)
  .map((p) => p.replace(/^.*\//, '').replace(/\.ya?ml$/, ''))
  .sort();

/** Loads one scenario by id; rejects for an unknown id. */
export function loadScenario(id: string): Promise<Scenario> {
  const load = Object.entries(modules).find(([p]) => p.endsWith(`/${id}.yaml`))?.[1];
  return load ? load() : Promise.reject(new Error(`unknown drill "${id}"`));
}

/** Loads every scenario, in id order. */
export const loadScenarios = (): Promise<Scenario[]> => Promise.all(scenarioIds.map(loadScenario));
