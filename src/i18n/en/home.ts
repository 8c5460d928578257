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
};
export default en;
