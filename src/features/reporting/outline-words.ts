// The words of the exports' 「報告・届出と期限」 in each language. The Japanese words are
// bundled (outline.ts); the English and やさしい日本語 catalogues are loaded with import() when
// a document is built in that language, so that no module the app starts with imports them:
// in the app they stay the language chunks src/i18n/active.ts loads (the precache plan's
// languages step), and the export worker's bundle (one file, no code splitting) inlines them.
import type { Language } from '../../i18n/languages';
import type { Renderings } from '../../content/rendered';
import { renderingKey } from '../../content/rendering-key';
import type { ReportingOutlineOf } from '../../export/reporting-section';
import { JAPANESE_OUTLINE, outlineWith, type OutlineWords } from './outline';

type Catalogues = Pick<OutlineWords, 'm' | 'd' | 'q'>;

const CATALOGUES: Record<Exclude<Language, 'ja'>, () => Promise<Catalogues>> = {
  en: async () => {
    const [m, d, q] = await Promise.all([
      import('../../i18n/en/reporting'),
      import('../../i18n/en/reporting-deadlines'),
      import('../../i18n/en/reporting-questions'),
    ]);
    return { m: m.default, d: d.default, q: q.default };
  },
  'ja-easy': async () => {
    const [m, d, q] = await Promise.all([
      import('../../i18n/ja-easy/reporting'),
      import('../../i18n/ja-easy/reporting-deadlines'),
      import('../../i18n/ja-easy/reporting-questions'),
    ]);
    return { m: m.default, d: d.default, q: q.default };
  },
};

/**
 * The outline's words in `language`, the rules' texts (titles, deadline labels) from
 * `renderings` (the Japanese original where a text is not rendered, or without renderings).
 * Where the catalogues cannot be loaded (a chunk not yet stored, offline), the words stay
 * Japanese, as a screen's catalogue does (src/i18n/active.ts).
 */
export async function loadOutlineWords(
  language: Language,
  renderings: Renderings | null,
): Promise<OutlineWords> {
  if (language === 'ja') return JAPANESE_OUTLINE;
  const catalogues = await CATALOGUES[language]().catch(() => null);
  if (!catalogues) return JAPANESE_OUTLINE;
  // As content/rendered.ts's rendered(), without importing its chunk loaders into the worker.
  const tr = (ja: string) => renderings?.[renderingKey(ja.trim())] ?? ja;
  return { ...catalogues, tr };
}

/**
 * The outline for the documents written in `language` with these renderings: in its words
 * when a document asks for `language`, in Japanese otherwise (the drafts for Japanese
 * authorities).
 */
export async function reportingOutlineIn(
  language: Language,
  renderings: Renderings | null,
): Promise<ReportingOutlineOf> {
  const words = await loadOutlineWords(language, renderings);
  return outlineWith((asked) => (asked === language ? words : JAPANESE_OUTLINE));
}
