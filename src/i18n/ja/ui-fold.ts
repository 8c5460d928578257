import { namespace } from '../namespace';

/**
 * FoldedList.tsx (src/ui): 「ほか N 件を表示」 and the list it belongs to (for screen readers).
 * Apart from `ui`, since home shows it: the home route carries only these few words.
 */
export const uiFold = namespace('ui-fold', {
  more: (n: number) => `ほか ${n} 件を表示`,
  moreOf: (what: string) => `（${what}）`,
});
