import type { Messages } from '../namespace';
import type { homeTriage } from '../ja/home-triage';

const en: Messages<typeof homeTriage> = {
  title: 'Not sure yet',
  questionMark: '?',
  basicSteps: 'See the basic steps (common to every incident)',
  cuesTitle: 'Does one of these fit?',
  cuesIntro: 'Choose the one that fits to open the steps for that case.',
  steps: {
    basic: 'Steps for: Basic steps',
    virus: 'Steps for: Virus infection',
    ransomware: 'Steps for: Ransomware',
    leak: 'Steps for: Data leak',
    outage: 'Steps for: System outage',
  },
  causeSteps: {
    'unauthorized-access': 'Steps for: Data leak (Unauthorized access)',
    insider: 'Steps for: Data leak (Insider)',
    misdelivery: 'Steps for: Data leak (E-mail sent or web page published by mistake)',
    loss: 'Steps for: Data leak (Lost or left behind)',
  },
  leadsTo: (steps) => `→ ${steps}`,
};
export default en;
