// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reportingRules } from './rules';

/** A sourced fact of the rules file: where it sits, its id, and what says where it was checked. */
interface Fact {
  at: string;
  id: string;
  verified?: boolean;
  note?: string;
  asOf: string;
}

/** Every object of the rules file that carries a `source` (criteria, notices, deadlines, dayCount). */
function facts(): Fact[] {
  const found: Fact[] = [];
  const visit = (x: unknown, at: string): void => {
    if (Array.isArray(x)) x.forEach((v, i) => visit(v, `${at}.${i}`));
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.source === 'string')
        found.push({
          at,
          id: typeof o.id === 'string' ? o.id : at,
          verified: o.verified as boolean | undefined,
          note: o.note as string | undefined,
          asOf: o.asOf as string,
        });
      for (const [k, v] of Object.entries(o)) visit(v, at ? `${at}.${k}` : k);
    }
  };
  visit(reportingRules, '');
  return found;
}

// A note lists its searches as 「試した検索」 with the tool (and the corpus for `search`).
const TOOL =
  /\b(search (pages|docs|code|issues)|find_string|find_repos|find_files|read_file|fetch)\b/;

describe('legal facts not yet checked against their text', () => {
  const unverified = facts().filter((f) => f.verified === false);

  it('are listed with the searches tried, and counted', () => {
    const lines = unverified.map((f) => `- ${f.id}: ${f.note ?? '(no note)'}`);
    console.log(`unverified legal facts: ${unverified.length}\n${lines.join('\n')}`);
    for (const f of unverified) {
      expect(f.note?.trim(), `${f.id}: a note`).toBeTruthy();
      expect(f.note, `${f.id}: 試した検索`).toContain('試した検索');
      expect(f.note, `${f.id}: which tool and corpus`).toMatch(TOOL);
    }
  });

  it('finds the one the test is about (the walk reaches notices, deadlines and dayCount)', () => {
    const all = facts();
    expect(all.some((f) => f.at === 'dayCount')).toBe(true);
    expect(all.some((f) => f.id === 'rep-ppc-mynumber-prompt')).toBe(true);
    expect(all.some((f) => f.id === 'rep-police-damage-report')).toBe(true);
  });
});

describe('legal facts checked against their text', () => {
  it('name where the text was read and when', () => {
    const checked = facts().filter((f) => f.verified === true);
    expect(checked.length).toBeGreaterThan(0);
    for (const f of checked) {
      expect(f.note, `${f.id}: where it was read`).toMatch(/https:\/\/|GitHub|コーパス/);
      expect(f.note, `${f.id}: 読んだ`).toMatch(/読んだ/);
      expect(f.note, `${f.id}: the date read`).toContain(f.asOf);
    }
  });
});
