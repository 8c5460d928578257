import { describe, expect, it } from 'vitest';
import { content, fullSnapshot, NOW } from '../../export/test-fixtures';
import { renderingKey } from '../../content/rendering-key';
import { builtExport } from './built-export';
import { contentIn } from './content-in';
import { renderingsFor } from './export-builder';

// Renderings as the playbooks would give them (the record items are not rendered yet).
const renderings = {
  [renderingKey('発生事象')]: 'What happened',
  [renderingKey('検知・初動対応')]: 'Detection and first response',
  [renderingKey('感染したパソコンをネットワークから切り離します。')]:
    'Disconnect the infected PC from the network.',
};

describe('the content of a document in another language', () => {
  it('names types and causes from the home catalogue and uses the renderings', async () => {
    const text = (
      await builtExport('summary-full', fullSnapshot, content, NOW, { language: 'en' }, renderings)
    ).doc.text;
    expect(text).toContain('Type: Ransomware, Data leak (cause: Unauthorized access)');
    expect(text).toContain('- What happened: 経理PCの画面に');
    expect(text).toContain('[Detection and first response] done 1');
    expect(text).toContain('[open] Disconnect the infected PC from the network.');
    // A sentence not rendered yet stays as the guide says it.
    expect(text).toContain('[n/a] IPAへ届け出ます。');
  });

  it('leaves Japanese content and Japanese-only drafts as they are', async () => {
    expect(contentIn(content, 'ja', renderings)).toBe(content);
    expect(await renderingsFor('first-report', 'en')).toBeUndefined();
    expect(await renderingsFor('summary-short', 'ja')).toBeUndefined();
    expect(await renderingsFor('summary-short', 'en')).toBeTypeOf('object');
    const letter = await builtExport(
      'first-report',
      fullSnapshot,
      content,
      NOW,
      { language: 'en' },
      renderings,
    );
    expect(letter.doc.language).toBe('ja');
    expect(letter.doc.text).toContain('【第一報】');
    expect(letter.doc.text).not.toContain('What happened');
  });
});
