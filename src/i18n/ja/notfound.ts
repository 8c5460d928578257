import { namespace } from '../namespace';

/** The page for an unknown path (src/features/notfound). */
export const notfound = namespace('notfound', {
  title: 'ページが見つかりません',
  text: 'お探しのページはありません。下のメニューか、次のリンクから移動してください。',
  home: 'ホームへ戻る',
});
