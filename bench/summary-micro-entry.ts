// The micro-bench's body (bundled by bench/summary-micro.mjs).
import { buildExport, EXPORT_KINDS } from '../src/export/build';
import { largeSnapshot } from '../src/export/large-fixture';
import { content, NOW } from '../src/export/test-fixtures';
import { reportingOutline } from '../src/features/reporting/outline';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

/** Median ms per format over `runs` builds of an incident with `entries` entries. */
export function run(runs: number, entries: number) {
  const snap = largeSnapshot(entries);
  const withRules = { ...content, reportingOutline };
  const t0 = performance.now();
  buildExport('summary-short', snap, withRules, NOW);
  const first = performance.now() - t0;
  const out: Record<string, number> = { 'first summary-short (cold)': round(first) };
  for (const { kind } of EXPORT_KINDS) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      buildExport(kind, snap, withRules, NOW);
      samples.push(performance.now() - t);
    }
    out[kind] = round(median(samples));
  }
  return out;
}
