// The micro-bench's body (bundled by bench/summary-micro.mjs).
import { buildExport, EXPORT_KINDS } from '../src/export/build';
import { largeSnapshot } from '../src/export/large-fixture';
import { content, NOW } from '../src/export/test-fixtures';
import { reportingOutline } from '../src/features/reporting/outline';
import { verifyChains } from '../src/storage/chain';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;
// CPU time of this process (ms): on a shared machine, time spent waiting for a core is not counted.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Median CPU ms of `fn` over `runs` calls. */
function sample(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpu();
    fn();
    samples.push(cpu() - t);
  }
  return round(median(samples));
}

/**
 * Median CPU ms per format over `runs` builds of an incident with `entries` entries (the same
 * snapshot each time, as when she switches formats), then of a page opened anew (its snapshot
 * read anew, so nothing of an earlier build is reused) and of the chain check alone.
 */
export function run(runs: number, entries: number) {
  const snap = largeSnapshot(entries);
  const withRules = { ...content, reportingOutline };
  const first = sample(1, () => buildExport('summary-short', snap, withRules, NOW));
  const out: Record<string, number> = { 'first summary-short (cold)': first };
  for (const { kind } of EXPORT_KINDS)
    out[kind] = sample(runs, () => buildExport(kind, snap, withRules, NOW));
  out['summary-short, snapshot read anew'] = sample(runs, () =>
    buildExport('summary-short', { ...snap, timeline: snap.timeline.slice() }, withRules, NOW),
  );
  out.verifyChains = sample(runs, () => verifyChains(snap.timeline));
  return out;
}
