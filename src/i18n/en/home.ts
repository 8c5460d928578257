import type { Messages } from '../namespace';
import type { home } from '../ja/home';

const en: Messages<typeof home> = {
  title: 'What happened?',
  intro: 'Choose what fits. The app then guides you, starting with what to do first.',
  types: {
    virus: 'Virus infection',
    ransomware: 'Ransomware',
    leak: 'Data leak',
    outage: 'System outage',
  },
  causes: {
    'unauthorized-access': 'Unauthorized access',
    insider: 'Insider',
    misdelivery: 'E-mail sent or web page published by mistake',
    loss: 'Lost or left behind',
  },
  chooseCause: 'Choose the cause',
  whichCause: 'What was the cause?',
  causeUnknown: 'Not sure',
  unsure: 'Not sure yet',
  unsureHint: 'The basic steps, and how to tell',
  search: 'Search the guide',
  records: 'Open the records',
  prep: 'Be prepared (contacts, emergency card)',
  ongoingTitle: 'Records in progress',
  continue: 'Continue',
  discoveredAgo: (types, ago) => `${types} · discovered ${ago} ago`,
  lessThanMinute: 'less than a minute',
  minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
  hours: (n) => (n === 1 ? '1 hour' : `${n} hours`),
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  typeWithCauses: (type, causes) => `${type} (${causes})`,
  typeSeparator: ', ',
  causeSeparator: ', ',
};
export default en;
