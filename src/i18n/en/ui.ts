import type { Messages } from '../namespace';
import type { ui } from '../ja/ui';

const en: Messages<typeof ui> = {
  urgentTitle: 'Do this now',
  caution: 'Caution: ',
  showOriginal: 'Show the original Japanese (原文)',
  hideOriginal: 'Hide the original Japanese (原文)',
};
export default en;
