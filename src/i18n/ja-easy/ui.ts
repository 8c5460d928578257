import type { Messages } from '../namespace';
import type { ui } from '../ja/ui';

const easy: Messages<typeof ui> = {
  urgentTitle: 'すぐに、これをします',
  caution: '注意：',
  showOriginal: '原文（もとの文）を見る',
  hideOriginal: '原文（もとの文）を閉じる',
};
export default easy;
