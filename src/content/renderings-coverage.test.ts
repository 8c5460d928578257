// @vitest-environment node
// The playbook renderings' coverage: every sentence is rendered, and a sentence without one fails
// the build (reading the playbooks), naming its file and path.
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { collectRenderings } from './renderings';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

describe('playbook renderings coverage', () => {
  it('reports the sentences not yet rendered in English and やさしい日本語', () => {
    // Reading fails on a rendering that lacks a language or is empty.
    const { tables, unrendered } = collectRenderings(
      readPlaybooksDir(join(root, 'playbooks'), root),
    );
    const rendered = Object.keys(tables.en).length;
    console.log(
      `playbook renderings: ${rendered} sentences rendered, ${unrendered.length} not yet` +
        (process.env.RENDERINGS_LIST
          ? `\n${unrendered.map((u) => `  ${u.file}: ${u.path}: ${u.text}`).join('\n')}`
          : ' (RENDERINGS_LIST=1 lists them)'),
    );
    expect(unrendered).toEqual([]);
    expect(Object.keys(tables.easy)).toEqual(Object.keys(tables.en));
    // What is rendered is rendered everywhere it appears (virus.yaml shares ransomware's 切り離し).
    expect(unrendered.map((u) => u.text)).not.toContain(
      '感染したパソコンやサーバーの利用を停止し、ネットワークから切り離します。',
    );
  });

  it('fails the build on a sentence with no rendering, naming the file and path', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'renderings-'));
    try {
      cpSync(join(root, 'playbooks'), join(tmp, 'playbooks'), { recursive: true });
      const path = join(tmp, 'playbooks/triage.yaml');
      const yaml = readFileSync(path, 'utf8');
      const rendered =
        'intro:\n  ja: 情報漏えい？ ウイルス感染？ システム停止？ どうしたらいいの!?\n';
      expect(yaml).toContain(rendered);
      // The intro back to a plain sentence, its renderings gone.
      writeFileSync(
        path,
        yaml.replace(/intro:\n {2}ja: (.*)\n {2}en: .*\n {2}easy: .*\n/, 'intro: $1\n'),
      );
      expect(() => readPlaybooksDir(join(tmp, 'playbooks'), tmp)).toThrow(
        /^playbooks\/triage\.yaml: intro: no rendering/,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
