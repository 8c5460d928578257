import type { Messages } from '../namespace';
import type { app } from '../ja/app';

const easy: Messages<typeof app> = {
  appName: 'インシデント対応ナビ',
  documentTitle: 'インシデント対応ナビ（やさしい日本語）',
  skipToMain: '本文へ行く',
  mainMenu: 'メニュー',
  sections: { home: 'ホーム', incidents: 'きろく', guide: 'てびき', contacts: '連絡先' },
  language: '言語 / Language',
  loading: '読み込んでいます…',
  reload: 'もう一度読み込む',
  loadFailedTitle: 'この画面を開けませんでした',
  loadFailedText:
    'アプリが新しくなったか、通信が切れました。保存したきろくは、なくなっていません。「もう一度読み込む」をおしてください。',
  notStoredTitle: 'この画面は、まだこの端末に入っていません',
  notStoredText:
    'はじめて開いたあと、全部の画面を端末に入れる前に、通信が切れました。（画面の上に「✓ オフライン対応」が出る前です。）だから、この画面は開けません。保存したきろくは、なくなっていません。',
  storedScreensIntro: '次の画面は、もう端末に入っています。通信がなくても使えます。',
  storedScreens: {
    home: 'ホーム（何があったかを選ぶ・いま対応中のきろく）',
    newIncident: '新しく対応のきろくを始める',
    contacts: '連絡先・相談するところ',
  },
  restStoredLater: '通信がもどると、ほかの画面も自動で端末に入ります。',
  nothingStored:
    'まだ、どの画面も端末に入っていません。通信がもどってから、もう一度開いてください。',
  pageErrorTitle: 'この画面を出せませんでした',
  pageErrorText:
    '保存したきろくは、なくなっていません。もう一度読み込んでください。はじめて開いたときで、ネットワークがないときは、つないでから、もう一度開いてください。',
};
export default easy;
