// The words of the exports' 「報告・届出と期限」 in each language, as plain imported catalogues
// (as src/export/summary-words.ts): the export worker loads no catalogue on demand. Only the
// builders import this, so the reporting screen carries the Japanese alone.
import type { Language } from '../../i18n/languages';
import type { Renderings } from '../../content/rendered';
import { renderingKey } from '../../content/rendering-key';
import enReporting from '../../i18n/en/reporting';
import enDeadlines from '../../i18n/en/reporting-deadlines';
import enQuestions from '../../i18n/en/reporting-questions';
import easyReporting from '../../i18n/ja-easy/reporting';
import easyDeadlines from '../../i18n/ja-easy/reporting-deadlines';
import easyQuestions from '../../i18n/ja-easy/reporting-questions';
import type { ReportingOutlineOf } from '../../export/reporting-section';
import { JAPANESE_OUTLINE, outlineWith, type OutlineWordsOf } from './outline';

const CATALOGUES = {
  en: { m: enReporting, d: enDeadlines, q: enQuestions },
  'ja-easy': { m: easyReporting, d: easyDeadlines, q: easyQuestions },
};

/**
 * The outline's words in each language, the rules' texts (titles, deadline labels) from
 * `renderings` (the Japanese original where a text is not rendered, or without renderings).
 */
export const outlineWords =
  (renderings: Renderings | null): OutlineWordsOf =>
  (language: Language) => {
    if (language === 'ja') return JAPANESE_OUTLINE;
    // As content/rendered.ts's rendered(), without importing its chunk loaders into the worker.
    const tr = (ja: string) => renderings?.[renderingKey(ja.trim())] ?? ja;
    return { ...CATALOGUES[language], tr };
  };

/** The outline in the language each document asks for, with these renderings. */
export const reportingOutlineIn = (renderings: Renderings | null): ReportingOutlineOf =>
  outlineWith(outlineWords(renderings));
