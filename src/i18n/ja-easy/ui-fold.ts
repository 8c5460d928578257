import type { Messages } from '../namespace';
import type { uiFold } from '../ja/ui-fold';

const easy: Messages<typeof uiFold> = {
  more: (n) => `あと ${n} 件を見る`,
  moreOf: (what) => `（${what}）`,
};
export default easy;
