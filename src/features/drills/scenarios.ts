/**
 * The drill scenarios, compiled from playbooks/drills/*.yaml at build time. Imported only by
 * the drill pages, so they share one lazy chunk (never in the home bundle).
 */
import type { Scenario } from './scenario-model';

const modules = import.meta.glob<Scenario>('../../../playbooks/drills/*.yaml', {
  import: 'default',
  eager: true,
});

/** Every scenario, in id (file name) order. */
export const SCENARIOS: Scenario[] = Object.values(modules).sort((a, b) =>
  a.id.localeCompare(b.id),
);

/** One scenario by id; undefined for an unknown id. */
export const scenarioById = (id: string): Scenario | undefined =>
  SCENARIOS.find((s) => s.id === id);
