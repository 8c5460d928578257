// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { toContent } from './assemble';
import { createSearchIndex, normalizeWithMap, search } from './search';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const content = toContent(readPlaybooksDir(join(root, 'playbooks'), root).map((f) => f.data));
const index = createSearchIndex(content.files);

describe('search', () => {
  it('finds the ransomware backup guidance', () => {
    const hits = search(index, 'バックアップ');
    const item = hits.find((h) => h.location.itemId === 'ransomware-restore-backup');
    expect(item).toMatchObject({
      playbookId: 'ransomware',
      kind: 'incident-type',
      location: { phaseId: 'ransomware-recover', sectionId: 'ransomware-investigation' },
    });
    expect(item!.text.slice(item!.start, item!.end)).toBe('バックアップ');
    const ref = hits.find((h) => h.path.endsWith('.refs.0.lines.0'));
    expect(ref).toMatchObject({
      playbookId: 'ransomware',
      location: { sectionId: 'ransomware-investigation' },
    });
    expect(ref!.ranges.length).toBeGreaterThan(1);
  });

  it('matches after NFKC normalisation (half-width kana, full-width Latin)', () => {
    const hits = search(index, 'ﾊﾞｯｸｱｯﾌﾟ');
    expect(hits.some((h) => h.playbookId === 'ransomware')).toBe(true);
    const ipa = search(index, 'ＩＰＡ');
    expect(ipa.some((h) => h.playbookId === 'contacts')).toBe(true);
    expect(search(index, 'no more ransom').some((h) => h.playbookId === 'notes')).toBe(true);
  });

  it('requires every term, and finds nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual([]);
    const both = search(index, '警察 不正アクセス');
    expect(both.length).toBeGreaterThan(0);
    for (const h of both) expect(h.text).toMatch(/警察/);
  });

  it('finds contacts and notes but not ids or urls', () => {
    expect(search(index, 'cs-support@ipa.go.jp')[0].location.anchor).toBe(
      'ipa-security-consultation',
    );
    expect(search(index, '二重の脅迫')[0].location.anchor).toBe('note-ransomware');
    expect(search(index, 'basic-contain')).toEqual([]);
    expect(search(index, 'soudan.html')).toEqual([]);
  });

  it('maps ranges back to the original text', () => {
    const { norm, starts, ends } = normalizeWithMap('aﾊﾞｯｸ㈱b');
    expect(norm).toBe('aバック(株)b');
    expect(starts.length).toBe(norm.length);
    const i = norm.indexOf('株');
    expect([starts[i], ends[i]]).toEqual([5, 6]);
  });
});
