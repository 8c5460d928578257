import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render, waitFor } from '@testing-library/preact';
import { setLanguage, showLanguage, useMessages } from './active';
import { namespace } from './namespace';
import { home } from './ja/home';

describe('showLanguage', () => {
  it('marks the language settled without writing <html lang> again when it is unchanged', async () => {
    const root = document.documentElement;
    root.lang = 'ja';
    delete root.dataset.language;
    const writes: string[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((r) => writes.push(r.attributeName ?? '')),
    );
    observer.observe(root, { attributes: true });
    await showLanguage('ja');
    await showLanguage('ja');
    await Promise.resolve();
    writes.push(...observer.takeRecords().map((r) => r.attributeName ?? ''));
    observer.disconnect();
    // Writing lang, even to the same value, restyles and lays out the whole page.
    expect(writes).toEqual(['data-language']);
    expect(root.dataset.language).toBe('ja');
  });
});

describe('useMessages', () => {
  afterEach(() => setLanguage('ja'));

  it('re-renders only the components of a namespace whose catalogue arrives late', async () => {
    await setLanguage('en');
    // A namespace with no English file: its lookup settles at once, as a late catalogue does.
    const late = namespace('late-in-this-test', { title: '遅れて届く' });
    const renders = { late: 0, home: 0 };
    function Late() {
      renders.late++;
      return h('p', null, useMessages(late).title);
    }
    function Home() {
      renders.home++;
      return h('h1', null, useMessages(home).title);
    }
    render(h('div', null, h(Late, null), h(Home, null)));
    await waitFor(() => expect(renders.late).toBe(2));
    // Before: every component on screen rendered again for each late catalogue.
    expect(renders.home).toBe(1);
  });
});
