import { namespace } from '../namespace';

/** Presentational components shared by features (src/ui). */
export const ui = namespace('ui', {
  /** The toggle that shows the guide's own Japanese beside a rendered step. */
  /** The urgent card's heading and its caution mark (src/ui/UrgentAction.tsx). */
  urgentTitle: 'まず、すぐに',
  caution: '注意：',
  showOriginal: '原文を見る',
  hideOriginal: '原文を隠す',
});
