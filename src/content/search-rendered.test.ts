// @vitest-environment node
// Search in another language: the rendered sentences are indexed beside the guide's Japanese.
import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { toContent } from './assemble';
import { collectRenderings } from './renderings';
import { renderingKey } from './rendering-key';
import { createSearchIndex, search } from './search';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const files = readPlaybooksDir(join(root, 'playbooks'), root);
const content = toContent(files.map((f) => f.data));
const { tables } = collectRenderings(files);
const english = createSearchIndex(content.files, [], {
  lang: 'en',
  render: (ja) => tables.en[renderingKey(ja.trim())],
});
const isolate = (q: string) =>
  search(english, q, 1000).filter((r) => r.location.anchor === 'ransomware-isolate');

describe('search with English renderings', () => {
  it('finds the 切り離し step by an English word, in English', () => {
    const hits = isolate('disconnect');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ lang: 'en', path: expect.stringMatching(/\.text$/) });
    expect(hits[0].text).toMatch(/^Stop using the infected PC or server/);
  });

  it('still finds it by its Japanese, shown in Japanese', () => {
    const hits = isolate('切り離し');
    expect(hits.some((h) => h.lang === undefined && /切り離します/.test(h.text))).toBe(true);
  });

  it('shows a sentence found in both languages once, in the rendering', () => {
    const hits = search(english, 'LAN', 1000);
    const places = hits.map((h) => `${h.playbookId}:${h.path}`);
    expect(new Set(places).size).toBe(places.length);
    const detail = hits.find(
      (h) => h.location.anchor === 'ransomware-isolate' && /extra/.test(h.path),
    );
    expect(detail?.lang).toBe('en');
  });

  it('without renderings, indexes only the Japanese', () => {
    const japanese = createSearchIndex(content.files);
    expect(search(japanese, 'disconnect')).toEqual([]);
  });
});
