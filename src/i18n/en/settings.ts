import type { Messages } from '../namespace';
import type { settings } from '../ja/settings';

const en: Messages<typeof settings> = {
  languageTitle: '言語 / Language',
  languageHelp: 'Choose the language of the screens. It is kept on this device only.',
  languageSaved: '✓ Saved',
  languageNotSaved: (reason) => `Could not save it on this device (${reason}).`,
  title: 'Settings',
  nameTitle: 'Your name',
  nameHelp: 'Used as “who” on checks and records (kept on this device only)',
  save: 'Save',
  saved: '✓ Saved',
  storageTitle: 'Keeping the records',
  checking: 'Checking…',
  persisted: '✓ The browser protects the records on this device from automatic deletion.',
  notPersisted:
    'The records are not protected. When the device runs low on space, the browser may delete them.',
  persistUnknown: 'This browser cannot tell whether the records are protected.',
  installAdvice:
    'Adding this app to the home screen (installing it) helps protect the records. To be safe, save important records to a file with “Backup and restore” below.',
  usage: (bytes) => `In use: ${bytes}`,
  quota: (bytes) => ` (about ${bytes} available)`,
  quotaShare: (bytes, percent) => ` (about ${bytes} available, ${percent} %)`,
  evidence: (count, bytes) =>
    `Of which evidence photos and files: ${count === 1 ? '1 item' : `${count} items`}, ${bytes}`,
  prepTitle: 'Be prepared',
  prepText:
    'Company details, contacts inside and outside, systems and backups, readiness check, printing the emergency card.',
  prepOpen: 'Open Be prepared',
  teamTitle: 'Team',
  teamText:
    'Use the same records on several devices (off; when on, encrypted records are sent to the team’s server).',
  teamOpen: 'Open the team settings',
  backupTitle: 'Backup and restore',
  backupText:
    'Save every incident record to one file, and bring them back on another device or after they were lost. The file can be encrypted with a passphrase: a password that protects the backup file, needed to restore it.',
  backupOpen: 'Open backup and restore',
  trashTitle: 'Trash',
  trashHelp: (days) => `Deleted records stay here for ${days} days and can be restored.`,
  trashEmpty: 'The trash is empty.',
  deletedAt: (when) => `Deleted: ${when} (JST)`,
  restore: 'Restore',
  aboutTitle: 'About this app',
  version: (version) => `Incident Response Navi, version ${version}`,
};
export default en;
