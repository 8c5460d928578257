// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { EXTERNAL_KINDS, isPlaybookFile } from './validate';
import { ID_PATTERN, isIncidentPlaybook } from './model';
import type { IncidentPlaybook } from './schema';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const files = readPlaybooksDir(join(root, 'playbooks'), root);

/** Copies playbooks/ to a temp folder, edits one file, validates; returns the error. */
function errorAfterEdit(name: string, edit: (text: string) => string): string {
  const tmp = mkdtempSync(join(tmpdir(), 'playbooks-'));
  try {
    cpSync(join(root, 'playbooks'), join(tmp, 'playbooks'), { recursive: true });
    const path = join(tmp, 'playbooks', name);
    const text = readFileSync(path, 'utf8');
    expect(edit(text)).not.toBe(text);
    writeFileSync(path, edit(text));
    readPlaybooksDir(join(tmp, 'playbooks'), tmp);
    return 'no error';
  } catch (e) {
    return (e as Error).message;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('playbooks/', () => {
  it('has every file, each valid, named after its id', () => {
    const kinds = files
      .map((f) => f.data.kind)
      .filter((k) => !EXTERNAL_KINDS.includes(k))
      .sort();
    expect(kinds).toEqual(
      ['basic', 'contacts', 'incident-type', 'incident-type', 'incident-type', 'incident-type']
        .concat(['intro', 'notes', 'record-items', 'references', 'triage'])
        .sort(),
    );
    for (const f of files) expect(f.file).toBe(`playbooks/${f.data.id}.yaml`);
  });

  it('uses kebab-case ids, unique across all files', () => {
    const ids: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'id') ids.push(x as string);
          else walk(x);
        }
    };
    files.forEach((f) => walk(f.data));
    expect(ids.length).toBeGreaterThan(150);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each incident type the three phases and an urgent action', () => {
    for (const { data } of files)
      if (isPlaybookFile(data) && isIncidentPlaybook(data)) {
        expect(data.phases.map((p) => p.phase)).toEqual(['detect', 'report', 'recover']);
        expect(data.urgent?.text).toBeTruthy();
      }
  });

  it('resolves the references that items make', () => {
    const refs = JSON.stringify(files.map((f) => f.data));
    for (const id of ['ipa-virus-access-report', 'note-ransomware', 'basic-contain'])
      expect(refs).toContain(`"${id}"`);
  });
});

describe('validation errors', () => {
  it('names the file and the path of a bad id', () => {
    const error = errorAfterEdit('ransomware.yaml', (t) =>
      t.replace('id: ransomware-report-ransom-message', 'id: Ransomware_Message'),
    );
    expect(error).toMatch(
      /^playbooks\/ransomware\.yaml: phases\.0\.sections\.0\.items\.0\.id: must be kebab-case/,
    );
  });

  it('names a duplicate id', () => {
    const error = errorAfterEdit('virus.yaml', (t) =>
      t.replace('id: virus-remove', 'id: basic-contain'),
    );
    expect(error).toMatch(
      /playbooks\/virus\.yaml: phases\.2\.sections\.0\.items\.1\.id: duplicate id "basic-contain"/,
    );
  });

  it('names an unresolved contact, basic step, cause and triage playbook', () => {
    expect(
      errorAfterEdit('leak.yaml', (t) =>
        t.replace('contacts: [npa-cyber-report]', 'contacts: [police]'),
      ),
    ).toMatch(
      /playbooks\/leak\.yaml: phases\.1\.sections\.1\.items\.2\.contacts\.0: unknown contact "police"/,
    );
    expect(
      errorAfterEdit('outage.yaml', (t) =>
        t.replace('basic: [basic-publish,', 'basic: [basic-nothing,'),
      ),
    ).toMatch(/playbooks\/outage\.yaml: phases\.1\.sections\.0\.basic\.0: unknown basic step item/);
    expect(errorAfterEdit('leak.yaml', (t) => t.replace('cause: insider', 'cause: thief'))).toMatch(
      /playbooks\/leak\.yaml: phases\.0\.sections\.0\.items\.1\.cause: unknown cause "thief"/,
    );
    expect(
      errorAfterEdit('triage.yaml', (t) => t.replace('playbook: outage', 'playbook: fire')),
    ).toMatch(/playbooks\/triage\.yaml: cues\.\d+\.playbook: unknown playbook "fire"/);
  });

  it('names unknown fields, wrong kinds and YAML syntax errors', () => {
    expect(
      errorAfterEdit('notes.yaml', (t) =>
        t.replace('    mark: ※2', '    mark: ※2\n    colour: red'),
      ),
    ).toMatch(/playbooks\/notes\.yaml: notes\.1/);
    expect(errorAfterEdit('notes.yaml', (t) => t.replace('kind: notes', 'kind: glossary'))).toMatch(
      /playbooks\/notes\.yaml: kind: /,
    );
    expect(
      errorAfterEdit('intro.yaml', (t) => t.replace('ja: インシデント対応の目的', 'ja: [oops')),
    ).toMatch(/playbooks\/intro\.yaml: line \d+, column \d+: /);
  });

  it('accepts a urgent action per cause and info items, and checks their shape', () => {
    const leak = files.find((f) => f.data.id === 'leak')!.data as IncidentPlaybook;
    expect(leak.causes?.[2].urgent?.text).toMatch(/受信先/);
    expect(
      errorAfterEdit('leak.yaml', (t) =>
        t.replace(
          '      easy: なくした・忘れてきた\n',
          '      easy: なくした・忘れてきた\n    urgent: { detail: 詳細 }\n',
        ),
      ),
    ).toMatch(/playbooks\/leak\.yaml: causes\.3\.urgent\.text/);
    expect(errorAfterEdit('leak.yaml', (t) => t.replace('info: true', 'info: false'))).toMatch(
      /playbooks\/leak\.yaml: phases\.0\.sections\.0\.items\.0\.info/,
    );
    expect(
      errorAfterEdit('outage.yaml', (t) =>
        t.replace(
          '          - id: outage-notify-admin\n',
          '          - id: outage-notify-admin\n            info: true\n',
        ),
      ),
    ).toBe('no error');
  });

  it('requires sources on facts beyond the guide', () => {
    const error = errorAfterEdit('basic.yaml', (t) =>
      t.replace(
        '          - id: basic-note-reporter-contact\n',
        '          - id: basic-note-reporter-contact\n            extra: { text: 追加の助言, source: https://example.org/ }\n',
      ),
    );
    expect(error).toMatch(/playbooks\/basic\.yaml: phases\.0\.sections\.0\.items\.1\.extra/);
  });
});
