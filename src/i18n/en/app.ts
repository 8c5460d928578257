import type { Messages } from '../namespace';
import type { app } from '../ja/app';

const en: Messages<typeof app> = {
  appName: 'Incident Response Navi',
  skipToMain: 'Skip to main content',
  mainMenu: 'Main menu',
  sections: { home: 'Home', incidents: 'Records', guide: 'Guide', contacts: 'Contacts' },
  language: '言語 / Language',
};
export default en;
