// The search bench's body (bundled by bench/search.mjs): the whole guide's index, as the app builds it.
import { join } from 'node:path';
import { readPlaybooksDir } from '../src/content/read-dir';
import { toContent } from '../src/content/assemble';
import { createSearchIndex, search } from '../src/content/search';
import { SCREENS } from '../src/features/search/screens';
import { rankResults } from '../src/features/search/place';

/** What people under stress typed (issue 12), short and long, kana and Latin. */
const QUERIES = ['け', '警察', '警察に相談するには', 'なくした', 'usb', 'ばっくあっぷ', 'x'];

// CPU time of this process (ms): time spent waiting for a core on a shared machine is not counted.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Median and slowest CPU ms of one keystroke's search (ranked, up to 1,000 results), over `runs` rounds of every query. */
export function run(root: string, runs: number) {
  const content = toContent(readPlaybooksDir(join(root, 'playbooks'), root).map((f) => f.data));
  const index = createSearchIndex(content.files, SCREENS);
  for (const q of QUERIES) rankResults(search(index, q, 1000)); // the first round apart
  const samples: number[] = [];
  for (let i = 0; i < runs; i++)
    for (const q of QUERIES) {
      const t = cpu();
      rankResults(search(index, q, 1000));
      samples.push(cpu() - t);
    }
  samples.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    runs,
    queries: QUERIES.length,
    medianMs: round(samples[Math.floor(samples.length / 2)]!),
    p95Ms: round(samples[Math.floor(samples.length * 0.95)]!),
  };
}
