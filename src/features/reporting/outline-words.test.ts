import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderingKey } from '../../content/rendering-key';
import { JAPANESE_OUTLINE } from './outline';
import { loadOutlineWords, reportingOutlineIn } from './outline-words';

const INCIDENT = {
  discoveredAt: '2026-11-24T01:00:00Z',
  types: ['leak'],
  causes: [],
};
const NOW = '2026-11-26T00:00:00Z';

describe('the outline words of the exports', () => {
  afterEach(() => {
    vi.doUnmock('../../i18n/en/reporting');
    vi.resetModules();
  });

  it('are the bundled Japanese words for Japanese', async () => {
    expect(await loadOutlineWords('ja', null)).toBe(JAPANESE_OUTLINE);
  });

  it('load the catalogues of another language, the rules’ texts from its renderings', async () => {
    const en = await loadOutlineWords('en', { [renderingKey('報告')]: 'Report' });
    expect(en.m.outlineStates).toEqual({ done: 'Done', todo: 'Not done' });
    expect(en.q).not.toBe(JAPANESE_OUTLINE.q);
    expect(en.tr('報告')).toBe('Report');
    expect(en.tr('届出')).toBe('届出');
    const easy = await loadOutlineWords('ja-easy', null);
    expect(easy.m.outlineStates).toEqual({ done: 'しました', todo: 'まだです' });
  });

  it('write a document in the language loaded, any other in Japanese', async () => {
    const outline = await reportingOutlineIn('en', null);
    const record = { answers: {}, statuses: {} };
    const en = outline(record, INCIDENT, NOW, 'en');
    const ja = outline(record, INCIDENT, NOW, 'ja');
    expect(en.open.map((l) => l.detail).join('\n')).toContain('Deciding questions: ');
    expect(ja.open.map((l) => l.detail).join('\n')).toContain('決め手の質問: ');
  });

  it('stay Japanese when a catalogue cannot be loaded (offline before it was stored)', async () => {
    vi.doMock('../../i18n/en/reporting', () => {
      throw new Error('offline');
    });
    vi.resetModules();
    const fresh = await import('./outline-words');
    const { JAPANESE_OUTLINE: japanese } = await import('./outline');
    expect(await fresh.loadOutlineWords('en', null)).toBe(japanese);
  });
});
