// What the incident page derives from the checklist and the stored progress. Pure.
import type { Checklist, MergedItem, MergedPhase } from '../../content/checklist';
import type { ProgressEntry } from '../../storage';

/** The ids of items that are done or not applicable. */
export const settledIds = (progress: Record<string, ProgressEntry>): Set<string> =>
  new Set(
    Object.values(progress)
      .filter((p) => p.state !== 'open')
      .map((p) => p.itemId),
  );

const openIn = (phase: MergedPhase, settled: ReadonlySet<string>): MergedItem[] =>
  phase.sections.flatMap((s) => s.items.filter((it) => !it.info && !settled.has(it.id)));

/** The first phase with open items (the one she is in), or undefined when all are settled. */
export const currentPhase = (list: Checklist, settled: ReadonlySet<string>) =>
  list.find((p) => openIn(p, settled).length > 0);

/** How many items to tick are still open. */
export const openCount = (list: Checklist, settled: ReadonlySet<string>): number =>
  list.reduce((n, p) => n + openIn(p, settled).length, 0);

/** The next `limit` open items of the current phase, leaving out `skip` (shown elsewhere). */
export function nextItems(
  list: Checklist,
  settled: ReadonlySet<string>,
  skip: ReadonlySet<string>,
  limit = 3,
): { phase: MergedPhase; items: MergedItem[] } | null {
  const phase = currentPhase(list, settled);
  if (!phase) return null;
  return {
    phase,
    items: openIn(phase, settled)
      .filter((it) => !skip.has(it.id))
      .slice(0, limit),
  };
}
