/** The languages of the app; `ja` is the default and the source of every text. */
export const LANGUAGES = ['ja', 'ja-easy', 'en'] as const;
/** One language of the app. */
export type Language = (typeof LANGUAGES)[number];

/** Each language's name, written in that language (the switcher shows them as they are). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ja: '日本語',
  'ja-easy': 'やさしい日本語',
  en: 'English',
};

/** True for a value that names one of the app's languages (e.g. a stored setting). */
export const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.includes(value as Language);

/** The value of `<html lang>`: both Japanese variants are `ja` (a tag screen readers know). */
export const htmlLang = (language: Language): string => (language === 'en' ? 'en' : 'ja');

/**
 * The language to show: the stored choice, else the browser's first preference that is
 * English or Japanese (en* → en, ja* → ja), else Japanese.
 */
export function pickLanguage(stored: unknown, preferred: readonly string[] = []): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en') return 'en';
    if (base === 'ja') return 'ja';
  }
  return 'ja';
}
