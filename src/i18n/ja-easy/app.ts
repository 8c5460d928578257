import type { Messages } from '../namespace';
import type { app } from '../ja/app';

const easy: Messages<typeof app> = {
  appName: 'インシデント対応ナビ',
  skipToMain: '本文へ行く',
  mainMenu: 'メニュー',
  sections: { home: 'ホーム', incidents: 'きろく', guide: 'てびき', contacts: '連絡先' },
  language: '言語 / Language',
};
export default easy;
