import type { Messages } from '../namespace';
import type { notfound } from '../ja/notfound';

const easy: Messages<typeof notfound> = {
  title: 'ページがありません',
  text: 'このページはありません。下のメニューか、次のリンクを使ってください。',
  home: 'ホームにもどる',
};
export default easy;
