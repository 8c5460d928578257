// @vitest-environment node
// Properties of the rules over generated answer sets (a seeded generator, so a failure
// names a case that can be replayed): caution is monotonic, and personal data owes the PPC.
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { QUESTIONS, QUESTION_IDS } from './questions';
import { INCIDENT_TYPES } from '../../content/catalog';

const AT = '2026-11-25T10:00:00+09:00';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = INCIDENT_TYPES.map((t) => t.id);
const CAUSES = INCIDENT_TYPES.flatMap((t) => t.causes ?? []).map((c) => c.id);

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const subset = <T>(rand: () => number, xs: readonly T[]): T[] => xs.filter(() => rand() < 0.3);

interface Case {
  answers: Record<string, string>;
  types: string[];
  causes: string[];
}

/** A random incident: each question unanswered (1 in 5) or one of its choices. */
function randomCase(rand: () => number): Case {
  const answers: Record<string, string> = {};
  for (const id of QUESTION_IDS)
    if (rand() >= 0.2) answers[id] = pick(rand, QUESTIONS[id].choices).value;
  return { answers, types: subset(rand, TYPES), causes: subset(rand, CAUSES) };
}

const owed = ({ answers, types, causes }: Case) =>
  evaluate(answers, AT, types, causes)
    .filter((o) => o.applies)
    .map((o) => o.destinationId);

describe('reporting rules: properties', () => {
  it('turning any one answer into 「わからない」 never removes a report that was owed', () => {
    const rand = prng(20261201);
    let checked = 0;
    for (let n = 0; n < 600; n++) {
      const c = randomCase(rand);
      const before = owed(c);
      for (const id of QUESTION_IDS) {
        if (c.answers[id] === 'unknown') continue;
        const after = owed({ ...c, answers: { ...c.answers, [id]: 'unknown' } });
        const lost = before.filter((d) => !after.includes(d));
        expect(lost, `case ${n}, ${id} → unknown: ${JSON.stringify(c)}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(6000);
    // ~10,000 evaluations: about 1 s alone, more on a loaded machine.
  }, 60_000);

  it('every incident type and cause with personal data 「はい」 and the rest 「わからない」 owes the PPC report', () => {
    const unknownRest = Object.fromEntries(QUESTION_IDS.map((id) => [id, 'unknown']));
    for (const type of [...TYPES, 'none'])
      for (const cause of [...CAUSES, 'none']) {
        const types = type === 'none' ? [] : [type];
        const causes = cause === 'none' ? [] : [cause];
        for (const answers of [{ ...unknownRest, personal: 'yes' }, { personal: 'yes' }]) {
          const ppc = evaluate(answers, AT, types, causes).find(
            (o) => o.destinationId === 'rep-ppc',
          );
          expect(ppc?.applies, `${type} / ${cause}`).toBe(true);
          expect(ppc?.deadlines.find((d) => d.id === 'rep-ppc-final')?.due, type).toBeTruthy();
        }
      }
  });
});
