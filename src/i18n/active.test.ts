import { describe, expect, it } from 'vitest';
import { showLanguage } from './active';

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
