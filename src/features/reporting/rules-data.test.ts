// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as v from 'valibot';
import { ReportingRulesSchema, assertReportingRules, checkRules } from './rules-schema';
import { reportingRules } from './rules';
import { isRendering, stripRenderings } from '../../content/renderings';

const root = resolve(import.meta.dirname, '../../..');
const yamlPath = resolve(root, 'playbooks/reporting-rules.yaml');

/** The file as written: display texts as `{ ja, en, easy }`. */
const raw = (): unknown => parse(readFileSync(yamlPath, 'utf8'));

/** The file as the app reads it (the build strips the renderings before the schema). */
function load() {
  const result = v.safeParse(ReportingRulesSchema, stripRenderings(raw()));
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

  it('the app uses exactly the YAML (compiled by the build plugin)', () => {
    expect(reportingRules).toEqual(load());
  });

  it('renders display texts only, never a citation, date, maintainer note, id or address', () => {
    const rendered = new Set<string>();
    const visit = (value: unknown, key: string): void => {
      if (isRendering(value)) rendered.add(key);
      else if (Array.isArray(value)) value.forEach((x) => visit(x, key));
      else if (value && typeof value === 'object')
        for (const [k, x] of Object.entries(value)) visit(x, k);
    };
    visit(raw(), '');
    expect([...rendered].sort()).toEqual(
      ['formLabel', 'label', 'notApplicable', 'text', 'title'].sort(),
    );
  });

  it('the build check refuses a broken rules file, naming the place', () => {
    expect(() => assertReportingRules(load())).not.toThrow();
    const broken = structuredClone(load()) as unknown as { destinations: { id: unknown }[] };
    broken.destinations[0]!.id = 42;
    expect(() => assertReportingRules(broken)).toThrow(/destinations\.0\.id/);
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
