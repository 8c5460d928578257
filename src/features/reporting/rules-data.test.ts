// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as v from 'valibot';
import { ReportingRulesSchema, checkRules } from './rules-schema';

const root = resolve(import.meta.dirname, '../../..');
const yamlPath = resolve(root, 'playbooks/reporting-rules.yaml');
const jsonPath = resolve(import.meta.dirname, 'rules.generated.json');

function load() {
  const result = v.safeParse(ReportingRulesSchema, parse(readFileSync(yamlPath, 'utf8')));
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(
      `playbooks/reporting-rules.yaml: ${v.getDotPath(issue) ?? ''}: ${issue.message}`,
    );
  }
  return result.output;
}

function contactIds(): Set<string> {
  const contacts = parse(readFileSync(resolve(root, 'playbooks/contacts.yaml'), 'utf8')) as {
    groups: { contacts: { id: string }[] }[];
  };
  return new Set(contacts.groups.flatMap((g) => g.contacts.map((c) => c.id)));
}

describe('playbooks/reporting-rules.yaml', () => {
  it('is valid and its references resolve (destinations, criteria, contacts)', () => {
    expect(checkRules(load(), contactIds())).toEqual([]);
  });

  it('never labels a dated guideline target as a legal deadline', () => {
    for (const d of load().destinations)
      for (const x of d.deadlines) {
        if (x.basis === 'law') expect(x.source, x.id).toMatch(/法|規則/);
        if (x.text.includes('目安')) expect(x.basis, x.id).not.toBe('law');
      }
  });

  it('rules.generated.json is the validated copy of the YAML', () => {
    const fresh = load();
    if (process.env.UPDATE_RULES) writeFileSync(jsonPath, `${JSON.stringify(fresh, null, 2)}\n`);
    const stored: unknown = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(stored, 'run with UPDATE_RULES=1 to regenerate').toEqual(fresh);
  });
});

describe('checkRules', () => {
  it('reports unknown destinations, criteria and contacts', () => {
    const rules = load();
    const broken = structuredClone(rules);
    broken.destinations[0].contact = 'no-such-contact';
    broken.destinations[1].criteria[0].when = { dest: 'no-such-destination' };
    broken.destinations[0].deadlines[1].daysWhen = [{ criterion: 'nope', days: 60 }];
    const problems = checkRules(broken, contactIds());
    expect(problems.join('\n')).toMatch(/no-such-contact/);
    expect(problems.join('\n')).toMatch(/no-such-destination/);
    expect(problems.join('\n')).toMatch(/"nope"/);
  });
});
