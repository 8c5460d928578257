import type { Messages } from '../namespace';
import type { app } from '../ja/app';

const en: Messages<typeof app> = {
  appName: 'Incident Response Navi',
  documentTitle: 'Incident Response Navi',
  skipToMain: 'Skip to main content',
  mainMenu: 'Main menu',
  sections: { home: 'Home', incidents: 'Records', guide: 'Guide', contacts: 'Contacts' },
  language: '言語 / Language',
  loading: 'Loading…',
  reload: 'Reload',
  loadFailedTitle: 'This screen could not be opened',
  loadFailedText:
    'The app was updated to a new version, or the connection dropped. Your saved records are not lost. Tap “Reload” to open it again.',
  notStoredTitle: 'This screen is not on this device yet',
  notStoredText:
    'The connection dropped before every screen was saved on this device after the first visit (before “✓ Offline ready” appeared at the top), so this screen cannot open. Your saved records are not lost.',
  storedScreensIntro: 'These screens are saved and work without a connection:',
  storedScreens: {
    home: 'Home (choose what happened, records in progress)',
    newIncident: 'Start a new incident record',
    contacts: 'Contacts and help desks',
  },
  restStoredLater: 'When the connection is back, the other screens are saved automatically.',
  nothingStored: 'No screen is saved yet. Open it again when the connection is back.',
  pageErrorTitle: 'This screen could not be shown',
  pageErrorText:
    'Your saved records are not lost. Please reload. If you opened the app for the first time just now and have no network, connect and open it again.',
};
export default en;
