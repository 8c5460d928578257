import type { Messages } from '../namespace';
import type { search } from '../ja/search';

const en: Messages<typeof search> = {
  title: 'Search the guide',
  label: 'Words to look up',
  placeholder: 'e.g. police, lost, backup, 警察',
  maybe: 'Did you mean: ',
  failed: 'Search could not get ready. Please open it again.',
  preparing: 'Getting search ready…',
  notFound: (term) => `Nothing found for “${term}”.`,
  found: (count) => (count === 1 ? '1 result.' : `${count} results.`),
  showingFirst: (limit) => ` Showing the ${limit} most relevant.`,
  appScreen: 'Screen of the app',
  contacts: 'Contacts',
  triage: 'Not sure yet',
  screens: {
    'screen-new-incident': 'Record a response',
    'screen-incidents': 'Records',
    'screen-reporting': 'Reports and notifications (報告・届出)',
    'screen-share': 'Share and export (共有・出力)',
    'screen-backup': 'Backup and restore',
    'screen-settings': 'Settings',
    'screen-triage': 'Not sure yet',
  },
  screenTexts: {
    'screen-new-incident':
      'Choose what happened to start a record of the response, and work through the first response with the checklist.',
    'screen-incidents':
      'The list of records in progress, recovered and closed. Checklist, what to keep track of, progress log.',
    'screen-reporting':
      'Open a record and go to “Reports and notifications”. Answer the questions to see, with deadlines, whether you must report to the Personal Information Protection Commission (個人情報保護委員会), consult or report to the police, report to IPA, or contact the card company, business partners and customers.',
    'screen-share':
      'Open a record and go to “Share and export”. Make the summary, the first report (第一報), follow-up and final reports, the draft for the Personal Information Protection Commission, a deletion request e-mail and handover notes, then share, copy, save or print them.',
    'screen-backup':
      'Save the records of this device to a file and restore them on another device or after changing phones. It can be encrypted with a passphrase.',
    'screen-settings':
      'Your name, keeping records (the device’s storage), backup and restore, the trash, about this app, language.',
    'screen-triage':
      'When you do not know what happened, find what fits from what you see on screen or the symptoms.',
  },
};
export default en;
