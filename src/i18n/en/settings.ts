import type { Messages } from '../namespace';
import type { settings } from '../ja/settings';

const en: Messages<typeof settings> = {
  languageTitle: '言語 / Language',
  languageHelp: 'Choose the language of the screens. It is kept on this device only.',
  languageSaved: '✓ Saved',
  languageNotSaved: (reason) => `Could not save it on this device (${reason}).`,
};
export default en;
