/**
 * The words of the reporting result in one language, for pure helpers that build text
 * (the overview's lines, the calendar file): the screen's catalogues and the rule texts.
 */
import type { MessagesOf } from '../../i18n/namespace';
import { reporting } from '../../i18n/ja/reporting';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';

/** Gives a rule text (playbooks/reporting-rules.yaml) in one language, from its Japanese. */
export type RuleText = (ja: string) => string;

/** Japanese: every text as it is. */
export const japanese: RuleText = (ja) => ja;

/** The reporting words of one language. */
export interface ReportingWords {
  m: MessagesOf<(typeof reporting)['ja']>;
  d: MessagesOf<(typeof reportingDeadlines)['ja']>;
  tr: RuleText;
}

/** The Japanese words (the default of every helper, and what exports use). */
export const JAPANESE_WORDS: ReportingWords = {
  m: reporting.ja,
  d: reportingDeadlines.ja,
  tr: japanese,
};
