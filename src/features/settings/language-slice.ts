import type { SliceCreator } from '../../app/store';
import { getLanguageChoice, onRemoteChange, setLanguageChoice } from '../../storage';
import { setLanguage, showLanguage } from '../../i18n/active';
import { pickLanguage, type Language } from '../../i18n/languages';

/** The language of this device: shown from the stored choice, chosen on 設定 or the header. */
export interface LanguageSlice {
  /**
   * Shows the stored language, else the browser's (a first visit), and follows another tab's
   * choice; once per start. A database that cannot be read leaves the browser's language.
   */
  initLanguage(): Promise<void>;
  /** Shows `language` at once, then stores it on this device; resolves after the commit. */
  chooseLanguage(language: Language): Promise<void>;
}

let following = false;

const browserLanguages = () => (typeof navigator === 'undefined' ? [] : navigator.languages);

async function showStored(): Promise<void> {
  const stored = await getLanguageChoice().catch(() => undefined);
  const language = pickLanguage(stored, browserLanguages());
  await showLanguage(language);
}

/** The store's slice for the language on screen, chosen and stored on the device. */
export const createLanguageSlice: SliceCreator<LanguageSlice> = () => ({
  async initLanguage() {
    if (!following) {
      following = true;
      onRemoteChange((m) => {
        if (m.part === 'settings') void showStored();
      });
    }
    await showStored();
  },

  async chooseLanguage(language) {
    await Promise.all([setLanguage(language), setLanguageChoice(language)]);
  },
});
