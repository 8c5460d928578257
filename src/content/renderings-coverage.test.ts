// @vitest-environment node
// The playbook renderings' coverage: `npm run renderings` lists every sentence not yet rendered.
// Phase 1 reports the count; once every playbook is rendered this becomes `toEqual([])`.
import { describe, it, expect } from 'vitest';
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
    expect(Object.keys(tables.easy)).toEqual(Object.keys(tables.en));
    // What is rendered is rendered everywhere it appears (virus.yaml shares ransomware's 切り離し).
    expect(unrendered.map((u) => u.text)).not.toContain(
      '感染したパソコンやサーバーの利用を停止し、ネットワークから切り離します。',
    );
  });
});
