import { namespace } from '../namespace';

/** The app shell (src/app): header, skip link, bottom navigation, pages that failed to load. */
export const app = namespace('app', {
  appName: 'インシデント対応ナビ',
  /** The document's title (the browser tab, history): index.html's <title> in Japanese. */
  documentTitle: 'インシデント対応ナビ',
  skipToMain: '本文へ移動',
  mainMenu: 'メインメニュー',
  /** The bottom navigation's sections, by the id of routes.tsx's `sections`. */
  sections: { home: 'ホーム', incidents: '対応記録', guide: '手引き', contacts: '連絡先' },
  /** The language switcher's label: in both languages, so anyone can find it. */
  language: '言語 / Language',
  /** A stored-data page before the app runs (storedData.tsx). */
  loading: '読み込み中…',
  reload: '再読み込み',
  /** A page whose chunk could not be loaded (lazyPage.tsx). */
  loadFailedTitle: 'この画面を開けませんでした',
  loadFailedText:
    'アプリが新しいバージョンに更新されたか、通信が途切れたためです。保存済みの記録は失われていません。「再読み込み」で開き直してください。',
  notStoredTitle: 'この画面はまだこの端末に保存されていません',
  notStoredText:
    '初めて開いたあと、すべての画面を端末に保存し終える前に（画面上部に「✓ オフライン対応」が出る前に）通信が切れたため、この画面を開けません。保存済みの記録は失われていません。',
  storedScreensIntro: '次の画面は保存済みで、通信がなくても使えます。',
  /** The screens a first visit stores first, by the id of lazyPage.tsx's list. */
  storedScreens: {
    home: 'ホーム（何が起きたかを選ぶ・対応中の記録）',
    newIncident: '新しく対応の記録を始める',
    contacts: '連絡先・相談窓口',
  },
  restStoredLater: '通信が戻ると、残りの画面も自動で保存されます。',
  nothingStored: 'まだどの画面も保存されていません。通信が戻ってから、もう一度開いてください。',
  /** A page that failed to render (PageErrorBoundary.tsx). */
  pageErrorTitle: 'この画面を表示できませんでした',
  pageErrorText:
    '保存済みの記録は失われていません。再読み込みしてください。初めて開いた直後でネットワークがない場合は、接続してからもう一度開いてください。',
});
