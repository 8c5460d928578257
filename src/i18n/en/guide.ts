import type { Messages } from '../namespace';
import type { guide } from '../ja/guide';

const en: Messages<typeof guide> = {
  playbooks: {
    basic: 'Basic steps',
    virus: 'Virus infection',
    ransomware: 'Ransomware',
    leak: 'Data leak',
    outage: 'System outage',
  },
  phases: {
    detect: 'Detection and first response',
    report: 'Reporting and disclosure',
    recover: 'Recovery and prevention',
  },
  sections: {
    intake: 'Detection and intake',
    team: 'Setting up the response team',
    'first-response': 'First response',
    'first-report': 'First report (第一報)',
    'later-reports': 'Follow-up and final reports (第二報以降・最終報)',
    investigation: 'Investigation and response',
    evidence: 'Preserving evidence',
    recovery: 'Recovery',
    prevention: 'Preventing a recurrence',
  },
  playbookFailed: 'The steps cannot be shown',
  home: 'Back to home',
  narrowedTo: (cause) => ` (cause: ${cause})`,
  start: 'Start the response (keep a record)',
  flow: 'Steps of the response',
  step: (n) => `Step ${n}`,
  stepTitle: (n, title) => `Step ${n}: ${title}`,
  readInGuide: 'Read it in the guide',
  itemSource: (playbook) => `From: ${playbook}`,
  more: 'More',
  contact: 'Contact: ',
  causePicker: 'Narrow down by cause',
  allCauses: 'Not sure (show all)',
};
export default en;
