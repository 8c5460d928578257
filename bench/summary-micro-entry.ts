// The micro-bench's body (bundled by bench/summary-micro.mjs).
import { buildExport, EXPORT_KINDS } from '../src/export/build';
import { largeSnapshot } from '../src/export/large-fixture';
import { content, NOW } from '../src/export/test-fixtures';
import { reportingOutline } from '../src/features/reporting/outline';
import { canonicalJson, verifyChains } from '../src/storage/chain';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;
// CPU time of this process (ms): on a shared machine, time spent waiting for a core is not counted.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Median CPU ms per format over `runs` builds of an incident with `entries` entries. */
export function run(runs: number, entries: number) {
  const snap = largeSnapshot(entries);
  const withRules = { ...content, reportingOutline };
  const t0 = cpu();
  buildExport('summary-short', snap, withRules, NOW);
  const first = cpu() - t0;
  const out: Record<string, number> = { 'first summary-short (cold)': round(first) };
  for (const { kind } of EXPORT_KINDS) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = cpu();
      buildExport(kind, snap, withRules, NOW);
      samples.push(cpu() - t);
    }
    out[kind] = round(median(samples));
  }
  // The parts: the chain check alone and the canonical encoding alone.
  const parts: Record<string, () => unknown> = {
    // A page opened anew: its snapshot is read anew, so nothing of an earlier build is reused.
    'summary-short, snapshot read anew': () =>
      buildExport('summary-short', { ...snap, timeline: snap.timeline.slice() }, withRules, NOW),
    verifyChains: () => verifyChains(snap.timeline),
    'canonicalJson ×n': () => snap.timeline.map((e) => canonicalJson(e)),
    'JSON.stringify with a sorting replacer ×n (before)': () =>
      snap.timeline.map((e) =>
        JSON.stringify(e, (_key, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
            : v,
        ),
      ),
  };
  for (const [name, fn] of Object.entries(parts)) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = cpu();
      fn();
      samples.push(cpu() - t);
    }
    out[name] = round(median(samples));
  }
  return out;
}
