import type { Messages } from '../namespace';
import type { contacts } from '../ja/contacts';

const en: Messages<typeof contacts> = {
  title: 'Contacts',
  prepareTitle: 'Sort this out before you call',
  recordItemsLink: 'What each item means (what to keep track of during an incident)',
  needsNetwork:
    'Websites and e-mail need a network. If you cannot connect, copy the address and get in touch from another device.',
  useFor: 'Contact them for:',
  writeMail: (email) => `Write an e-mail (${email})`,
  copyAddress: 'Copy the address',
  openWebsite: 'Open the website',
  copyUrl: 'Copy the URL',
  labelFor: (label, who) => `${label} (${who})`,
  ownTitle: 'Your company’s contacts',
  ownEmptyBefore: 'Add the contacts of your managers and IT vendor in ',
  ownEmptyLink: 'Be prepared',
  ownEmptyAfter: ': they then show here, one tap from a call.',
};
export default en;
