import type { Messages } from '../namespace';
import type { prepReminder } from '../ja/prep-reminder';

const en: Messages<typeof prepReminder> = {
  label: 'Review your preparations',
  text: (months) =>
    `It has been ${months} months since the last readiness check. Check that contacts and the people in charge have not changed.`,
  link: 'Review Be prepared',
};
export default en;
