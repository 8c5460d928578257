import { namespace } from '../namespace';

/** The app shell (src/app): header, skip link, bottom navigation. */
export const app = namespace('app', {
  appName: 'インシデント対応ナビ',
  skipToMain: '本文へ移動',
  mainMenu: 'メインメニュー',
  /** The bottom navigation's sections, by the id of routes.tsx's `sections`. */
  sections: { home: 'ホーム', incidents: '対応記録', guide: '手引き', contacts: '連絡先' },
  /** The language switcher's label: in both languages, so anyone can find it. */
  language: '言語 / Language',
});
