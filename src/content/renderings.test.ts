// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playbooksPlugin, RENDERINGS_MODULE } from './yaml-plugin';
import { collectRenderings, stripRenderings } from './renderings';
import { renderingKey } from './rendering-key';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** Calls the plugin's hooks the way Vite would, with `viteRoot` as the Vite root. */
function run(viteRoot: string, id: string) {
  const plugin = playbooksPlugin() as unknown as {
    configResolved: (c: { root: string }) => void;
    resolveId: (id: string) => string | null;
    load: (id: string) => { code: string } | null;
  };
  plugin.configResolved({ root: viteRoot });
  const json = (code: string) =>
    JSON.parse(code.replace(/^export default /, '').replace(/;\s*$/, '')) as unknown;
  return json(plugin.load(plugin.resolveId(id) ?? id)!.code);
}

/** Runs `check` on a copy of playbooks/ where ransomware.yaml's text was changed by `edit`. */
function withEdited(edit: (text: string) => string, check: (dir: string) => void) {
  const tmp = mkdtempSync(join(tmpdir(), 'renderings-'));
  try {
    cpSync(join(root, 'playbooks'), join(tmp, 'playbooks'), { recursive: true });
    const path = join(tmp, 'playbooks/ransomware.yaml');
    const text = readFileSync(path, 'utf8');
    expect(edit(text)).not.toBe(text);
    writeFileSync(path, edit(text));
    check(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const isolate = '感染したパソコンやサーバーの利用を停止し、ネットワークから切り離します。';

describe('playbook renderings at build time', () => {
  it('keeps the playbook Japanese and puts each language in its own module', () => {
    const playbook = run(root, join(root, 'playbooks/ransomware.yaml')) as {
      lead: unknown[];
      urgent: { text: unknown };
    };
    expect(playbook.urgent.text).toBe(isolate);
    expect(playbook.lead.every((l) => typeof l === 'string')).toBe(true);
    const en = run(root, `${RENDERINGS_MODULE}en`) as Record<string, string>;
    const easy = run(root, `${RENDERINGS_MODULE}easy`) as Record<string, string>;
    expect(en[renderingKey(isolate)]).toMatch(/^Stop using the infected PC/);
    expect(easy[renderingKey(isolate)]).toMatch(/ネットワークから切りはなします。$/);
  });

  it('fails on a rendering that lacks easy, naming the file and the path', () => {
    withEdited(
      (t) => t.replace(/\n {4}easy: ランサムウェアのときは[^\n]*/, ''),
      (dir) =>
        expect(() => run(dir, join(dir, 'playbooks/virus.yaml'))).toThrow(
          /^playbooks\/ransomware\.yaml: lead\.1\.easy: /,
        ),
    );
  });

  it('fails on an empty rendering', () => {
    withEdited(
      (t) => t.replace(/en: With ransomware in particular[^\n]*/, "en: ''"),
      (dir) =>
        expect(() => run(dir, join(dir, 'playbooks/virus.yaml'))).toThrow(
          /^playbooks\/ransomware\.yaml: lead\.1\.en: must not be empty/,
        ),
    );
  });
});

describe('collectRenderings', () => {
  const file = 'playbooks/x.yaml';
  const r = (en: string, easy?: string) => ({
    ja: 'あ。',
    en,
    ...(easy === undefined ? {} : { easy }),
  });

  it('checks renderings in any file, external kinds included', () => {
    const fails = (raw: unknown) => () => collectRenderings([{ file, raw }]);
    expect(fails({ a: [r('A')] })).toThrow('playbooks/x.yaml: a.0.easy: missing rendering "easy"');
    expect(fails({ a: r('A', ' ') })).toThrow('playbooks/x.yaml: a.easy: must not be empty');
    expect(fails({ a: { ...r('A', 'あ'), fr: 'F' } })).toThrow('a.fr: unknown language key');
    expect(fails({ a: r('A', 'あ'), b: r('B', 'あ') })).toThrow(
      /b: rendered differently at playbooks\/x\.yaml: a \("en"\)/,
    );
  });

  it('lists Japanese sentences not yet rendered, but not citations, ids or ones rendered elsewhere', () => {
    const { tables, unrendered } = collectRenderings([
      {
        file,
        raw: {
          id: 'x',
          lead: [r('A', 'え'), 'あ。', 'い。'],
          extra: { text: 'う。', source: '出典の本', asOf: '2026-12-01' },
        },
      },
    ]);
    expect(tables.en[renderingKey('あ。')]).toBe('A');
    expect(unrendered).toEqual([
      { file, path: 'lead.2', text: 'い。' },
      { file, path: 'extra.text', text: 'う。' },
    ]);
  });

  it('strips renderings to their Japanese text', () => {
    expect(stripRenderings({ a: [r('A', 'え'), 'い'], n: 1 })).toEqual({ a: ['あ。', 'い'], n: 1 });
  });
});
