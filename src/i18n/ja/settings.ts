import { namespace } from '../namespace';

/** 設定 (src/features/settings). Phase 1: the language switcher only. */
export const settings = namespace('settings', {
  languageTitle: '言語 / Language',
  languageHelp: '画面の言葉を選びます。この端末の中だけに保存されます。',
  languageSaved: '✓ 保存済み',
  /** Shown beside the choice when the stored choice could not be written. */
  languageNotSaved: (reason: string) => `この端末に保存できませんでした（${reason}）。`,
});
