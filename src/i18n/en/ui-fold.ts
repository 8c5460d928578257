import type { Messages } from '../namespace';
import type { uiFold } from '../ja/ui-fold';

const en: Messages<typeof uiFold> = {
  more: (n) => `Show ${n} more`,
  moreOf: (what) => ` (${what})`,
};
export default en;
