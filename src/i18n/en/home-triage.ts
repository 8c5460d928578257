import type { Messages } from '../namespace';
import type { homeTriage } from '../ja/home-triage';

const en: Messages<typeof homeTriage> = {
  title: 'Not sure yet',
  questionMark: '?',
  basicSteps: 'See the basic steps (common to every incident)',
  cuesTitle: 'Does one of these fit?',
  cuesIntro: 'Choose the one that fits to open the steps for that case.',
  basic: 'Basic steps',
  withCause: (type, cause) => `${type} (${cause})`,
  leadsTo: (target) => `→ Steps for: ${target}`,
};
export default en;
