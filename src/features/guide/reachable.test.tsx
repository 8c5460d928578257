import { describe, it, expect } from 'vitest';
import { screen } from '@testing-library/preact';
import { loadAll } from '../../content/load';
import { createSearchIndex } from '../../content/search';
import { resultHref } from '../search/place';
import { GUIDE_TOC } from './toc';
import { renderAt } from './test-utils';

// Every sentence of the guide is reachable: each string of the content (as the search
// index holds it) is on the page a search result for it opens.
describe('every sentence of the guide is reachable', async () => {
  const content = await loadAll();
  const entries = createSearchIndex(content.files).entries;
  const byPage = new Map<string, string[]>();
  for (const e of entries) {
    const page = resultHref({ ...e, start: 0, end: 0, ranges: [] }).replace(/#.*$/, '');
    byPage.set(page, [...(byPage.get(page) ?? []), e.text]);
  }

  it('covers every file of the guide from the table of contents', () => {
    const tocIds = GUIDE_TOC.map((e) => e.id).sort();
    expect(tocIds).toEqual(content.files.map((f) => f.id).sort());
  });

  for (const [page, texts] of byPage)
    it(`${page} shows its ${texts.length} strings`, async () => {
      renderAt(page);
      await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
      const shown = document.getElementById('main')!.textContent ?? '';
      expect(texts.filter((t) => !shown.includes(t))).toEqual([]);
    });
});
