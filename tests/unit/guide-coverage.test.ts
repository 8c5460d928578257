// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const script = join(root, 'scripts/guide-coverage.mjs');
const coverage = (playbooks: string) =>
  spawnSync(process.execPath, [script, playbooks], { cwd: root, encoding: 'utf8' });

describe('guide coverage', () => {
  it('finds every sentence of the guide in the playbooks', () => {
    const r = coverage('playbooks');
    expect(r.stdout).toMatch(/guide coverage: (\d+)\/\1 sentences \(100\.0%\)/);
    expect(r.status, r.stdout).toBe(0);
  });

  it('reads the reference sentences from inside the repository', () => {
    const sentences = readFileSync(join(root, 'tests/fixtures/guide/sentences.txt'), 'utf8');
    expect(sentences.split('\n').filter(Boolean).length).toBeGreaterThan(200);
    expect(readFileSync(script, 'utf8')).not.toMatch(/\.\.\/shared/);
  });

  it('fails when a step is gone, even though sources and renderings quote words of it', () => {
    const step =
      'ja: 個人情報漏えいの場合は個人情報保護委員会、業法等で求められる場合は所管の省庁等、犯罪性がある場合は警察、ウイルス感染や不正アクセスの場合はIPAへ届け出ます。';
    const tmp = mkdtempSync(join(tmpdir(), 'coverage-'));
    try {
      cpSync(join(root, 'playbooks'), join(tmp, 'playbooks'), { recursive: true });
      const path = join(tmp, 'playbooks/basic.yaml');
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(step);
      writeFileSync(path, text.replace(step, 'ja: （省略）'));
      const r = coverage(join(tmp, 'playbooks'));
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('IPAへ届け出ます');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('fails, naming the sentence, when the playbooks lose one', () => {
    const sentence =
      '特にランサムウェア対応においては、日頃から適切な方法でデータのバックアップを行っておくことが被害を最小限に抑えるポイントになります。';
    const tmp = mkdtempSync(join(tmpdir(), 'coverage-'));
    try {
      cpSync(join(root, 'playbooks'), join(tmp, 'playbooks'), { recursive: true });
      for (const name of ['virus.yaml', 'ransomware.yaml']) {
        const path = join(tmp, 'playbooks', name);
        writeFileSync(path, readFileSync(path, 'utf8').replace(sentence, '（省略）'));
      }
      const r = coverage(join(tmp, 'playbooks'));
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('missing');
      expect(r.stdout).toContain('日頃から適切な方法でデータのバックアップ');
      expect(r.stdout).not.toContain('(100.0%)');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
