import type { ScreenEntry } from '../../content/search';
import type { Language } from '../../i18n/languages';
import type { MessagesOf } from '../../i18n/namespace';
import { search } from '../../i18n/ja/search';

type SearchMessages = MessagesOf<(typeof search)['ja']>;
type ScreenId = keyof SearchMessages['screens'];

/**
 * The app's own screens as search finds them: one line each (title, where, what she can do
 * there in words she might type; the words are the search catalogue's). Other features add
 * their screens here and in the catalogue.
 */
const PLACES: readonly { id: ScreenId; href: string }[] = [
  { id: 'screen-new-incident', href: '/incidents/new' },
  { id: 'screen-incidents', href: '/incidents' },
  { id: 'screen-reporting', href: '/incidents' },
  { id: 'screen-share', href: '/incidents' },
  { id: 'screen-backup', href: '/backup' },
  { id: 'screen-settings', href: '/settings' },
  { id: 'screen-triage', href: '/triage' },
];

/** The screens in the words of `m` (a catalogue of `language`). */
export const screensIn = (m: SearchMessages, language: Language = 'ja'): ScreenEntry[] =>
  PLACES.map(({ id, href }) => ({
    id,
    href,
    title: m.screens[id],
    text: m.screenTexts[id],
    ...(language === 'ja' ? {} : { lang: language }),
  }));

/** A screen's title and text as one line, in the words of `m` (empty for an unknown id). */
export function screenLine(m: SearchMessages, id: string): string {
  const place = PLACES.find((p) => p.id === id);
  return place ? `${m.screens[place.id]}: ${m.screenTexts[place.id]}` : '';
}

/** The screens in Japanese (found in every language). */
export const SCREENS: ScreenEntry[] = screensIn(search.ja);
