import type { Messages } from '../namespace';
import type { pwa } from '../ja/pwa';

const en: Messages<typeof pwa> = {
  offline: 'Offline (you can keep using the app)',
  readyShort: 'Offline',
  readyWide: ' ready',
  readyExplained: ': every screen works without a network',
  updateText:
    'A new version is available. “Update” reloads the screen. If you are writing something, save it first.',
  updateButton: 'Update',
  offlineReady: 'The app now works offline. Every screen opens even without a network.',
  close: 'Close',
  installTitle: 'Add to the home screen',
  installText: 'Once added, it opens at once, even without a network.',
  installButton: 'Install the app',
  safariBefore: 'In Safari, tap the ',
  safariShare: 'Share',
  safariArrow: ' button → ',
  safariAdd: '“Add to Home Screen”',
  safariAfter: '. The app then opens at once, even without a network.',
  safariDeletes:
    'On iPhone and iPad, Safari may delete this site’s data, incident records included, if the site is not opened for 7 days. An app added to the home screen and opened from there is not affected.',
  safariBackupBefore: 'Add it to the home screen, and also keep a ',
  safariBackup: 'backup',
  safariBackupAfter: ' (saved to a file) of important records.',
};
export default en;
