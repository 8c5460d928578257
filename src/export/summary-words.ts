// The words of the summaries and 引継ぎ in each language, as plain imported catalogues: the
// builders are synchronous (the reporting section's words are loaded before, outline-words.ts).
import type { Language } from '../i18n/languages';
import en from '../i18n/en/export-summary';
import easy from '../i18n/ja-easy/export-summary';
import { JAPANESE, type SummaryWords } from './words';

const WORDS: Record<Language, SummaryWords> = { ja: JAPANESE, en, 'ja-easy': easy };

/** The words of a document written in `language`. */
export const summaryWords = (language: Language = 'ja'): SummaryWords => WORDS[language];
