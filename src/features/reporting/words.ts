/**
 * The words of the reporting result in one language, for pure helpers that build text
 * (the overview's lines, the calendar file): the screen's catalogues and the rule texts, and
 * destinations' short titles. Pure: the export worker reads it too.
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

/**
 * A destination's title without a trailing 「（…）」 (or, in English, a trailing 「: …」) that
 * only repeats the deadline label, e.g. 「個人情報保護委員会への報告（速報・確報）」 + 速報 →
 * 「個人情報保護委員会への報告」.
 */
export function shortTitle(title: string, label: string): string {
  const m = /^(.+)（([^（）]*)）$/.exec(title) ?? /^(.+?): (.+)$/.exec(title);
  return m && m[2]!.includes(label) ? m[1]! : title;
}

/** The short title in the language on screen (see shortTitle). */
export const shortTitleIn = (tr: RuleText, title: string, label: string): string =>
  shortTitle(tr(title), tr(label));
