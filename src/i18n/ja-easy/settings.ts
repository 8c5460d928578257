import type { Messages } from '../namespace';
import type { settings } from '../ja/settings';

const easy: Messages<typeof settings> = {
  languageTitle: '言語 / Language',
  languageHelp: '画面のことばを選びます。この電話（端末）の中だけに残します。',
  languageSaved: '✓ 保存しました',
  languageNotSaved: (reason) => `この端末に保存できませんでした。（${reason}）`,
};
export default easy;
