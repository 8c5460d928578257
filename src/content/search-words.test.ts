// @vitest-environment node
// The searches people under stress actually typed (issue 12) find what they meant.
import { describe, it, expect } from 'vitest';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlaybooksDir } from './read-dir';
import { toContent } from './assemble';
import { createSearchIndex, search, suggest } from './search';
import { queryTerms } from './query';
import { SCREENS } from '../features/search/screens';
import { rankResults, resultHref } from '../features/search/place';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const content = toContent(readPlaybooksDir(join(root, 'playbooks'), root).map((f) => f.data));
const index = createSearchIndex(content.files, SCREENS);
const hrefs = (q: string) => rankResults(search(index, q, 1000)).map(resultHref);

describe('query words', () => {
  it('splits Japanese without spaces at script boundaries and drops particles', () => {
    expect(queryTerms('警察に相談するには').map((t) => t.word)).toEqual(['警察', '相談']);
    expect(queryTerms('個人情報保護委員会への報告').map((t) => t.word)).toEqual([
      '個人情報保護委員会',
      '報告',
    ]);
    expect(queryTerms('ランサムウェア感染　ＰＣ').map((t) => t.word)).toEqual([
      'ランサムウェア',
      '感染',
      'pc',
    ]);
    // All hiragana: kept (and widened by the synonym table).
    expect(queryTerms('なくした')[0].alternatives).toContain('紛失');
    expect(queryTerms('個情委')[0].alternatives).toContain('個人情報保護委員会');
  });
});

describe('the searches of issue 12 find their place', () => {
  it('警察に相談するには → the police contact', () => {
    const h = hrefs('警察に相談するには');
    expect(h).toContain('/contacts#npa-cyber-report');
    expect(h).toContain('/incidents');
  });
  it('個人情報保護委員会への報告 and 個情委 → the leak report item and the 報告・届出 screen', () => {
    for (const q of ['個人情報保護委員会への報告', '個情委']) {
      const h = hrefs(q);
      expect(h[0]).toBe('/incidents');
      expect(h).toContain('/playbooks/leak#leak-report-to-ppc');
    }
  });
  it('USB and なくした → the leak playbook for 紛失・置忘れ', () => {
    for (const q of ['USB', 'なくした', 'ＵＳＢメモリ']) {
      expect(hrefs(q)).toContain('/playbooks/leak?cause=loss');
    }
  });
  it('LAN → cutting off the network', () => {
    expect(hrefs('LAN')).toContain('/playbooks/ransomware#ransomware-isolate');
  });
  it('身代金 → ransomware', () => {
    expect(hrefs('身代金').some((h) => h.startsWith('/playbooks/ransomware'))).toBe(true);
  });
  it("the app's own screens: バックアップ, 設定, 報告・届出", () => {
    expect(hrefs('バックアップ')[0]).toBe('/backup');
    expect(hrefs('設定')[0]).toBe('/settings');
    expect(hrefs('届出')[0]).toBe('/incidents');
  });
  it('a long word the text never uses whole is found by its parts', () => {
    expect(hrefs('情報漏えい報告').length).toBeGreaterThan(0);
  });
  it('もしかして: words that find something alone, or words that look alike', () => {
    expect(search(index, '警察 ぴよぴよ')).toEqual([]);
    expect(suggest(index, '警察 ぴよぴよ')).toEqual(['警察']);
    expect(search(index, 'ランサムウエア')).toEqual([]);
    expect(suggest(index, 'ランサムウエア')).toContain('ランサムウェア');
  });
});
