import type { Messages } from '../namespace';
import type { exportPage } from '../ja/export';

const easy: Messages<typeof exportPage> = {
  title: '共有・出力（ほかの人にわたす）',
  stages: { reading: '記録を読んでいます…', building: '文書を作っています…' },
  notFound: 'この記録は見つかりませんでした。',
  loadFailed: '記録を読めませんでした。ページをもう一度読みこんでください。',
  toList: '記録の一覧へ',
  untitled: '対応記録',
  kindsLegend: '作るもの',
  kinds: {
    'summary-short': 'まとめ（短い）',
    'summary-full': 'まとめ（全部）',
    markdown: 'まとめ（Markdown）',
    'first-report': '第一報（はじめのお知らせ）',
    'later-report': '第二報・最終報（その後のお知らせ）',
    ppc: '個人情報保護委員会（国の機関です）への報告',
    handover: '引継ぎ（ほかの人にわたす資料）',
    'deletion-request': '削除のお願いのメール（まちがえて送ったとき）',
  },
  edited: '書きなおした',
  languageLegend: 'この文書のことば',
  japaneseOnly: 'この文書は、ふつうの日本語で作ります。日本の役所や取引先に送る文書だからです。',
  languageEdited:
    '書きなおした文章は、そのままです。選んだことばで作るには「記録から作りなおす」をおしてください。',
  audienceLegend: 'あて先',
  audiences: {
    one: 'ひとりの人へ（こまっている人が一人）',
    many: '関係する人みんなへ（こまっている人が何人もいる）',
  },
  audienceEdited:
    '書きなおした文章は、そのままです。あて先に合わせるには「記録から作りなおす」をおしてください。',
  share: '共有する',
  copy: 'コピー',
  saveFile: 'ファイルに保存',
  print: '印刷',
  actions: { share: '共有', copy: 'コピー', save: '保存' },
  placeholdersLeft: (count: number, action: string) =>
    `まだ書いていないところが ${count} か所あります。このまま${action}しますか？`,
  goBack: 'もどって書く',
  goAnyway: (action: string) => `このまま${action}する`,
  textLabel: '内容（送る前に書きなおせます。書きなおした内容は、この端末に保存します）',
  remake: '記録から作りなおす（書きなおしを消す）',
  draftNotSaved: (reason: string) =>
    `書きなおした内容を保存できませんでした。${reason}画面の文章は残っています。コピーしておいてください。`,
  draftTooLong: (limit: string) => `長すぎます。${limit}文字までです。`,
  draftSaving: '書きなおしました・保存しています…',
  draftSaved: '書きなおしました・保存しました',
  printLabel: (label: string) => `印刷用: ${label}`,
  outcomes: {
    shared: '共有しました。',
    copied: 'コピーしました。チャットやメールに、はりつけてください。',
    saved: '保存しました。ダウンロードしたファイルを見てください。',
    'copied-saved':
      'この端末では共有の画面を使えません。それで、コピーしました。ファイルにも保存しました。',
    failed: 'コピーも保存もできませんでした。文章を長くおして選び、コピーしてください。',
  },

  passphraseTooShort: (min: number) => `あいことば（パスワード）は、${min}文字以上にしてください。`,
  passphraseMismatch: '2つのあいことば（パスワード）が、同じではありません。',
  passphraseLabel: (min: number) => `あいことば（パスワード）：${min}文字以上`,
  passphraseAgain: 'あいことば（パスワード）：確認のため、もう一度',
  passphraseWarning:
    'あいことば（パスワード）は、このファイルを守ります。もとにもどすときに、必要です。わすれると、だれもファイルを開けません。ほかの場所に書いておいてください。',
  encrypting: '暗号化（ほかの人が読めないように）しています…',

  sendHeading: 'ほかの端末へ送る（ネットワークなしで）',
  sendIntro:
    'この記録を、暗号化したファイルにします。AirDrop・ニアバイシェア・LINE・メールなどで、ほかの端末へ送ります。受けとった端末では「設定」→「バックアップと復元」の「復元」で、ファイルを選びます。同じあいことば（パスワード）を入れると、記録を取りこみます。同じ項目は、新しいほうが残ります。',
  sendShare: '暗号化して送る',
  sendSave: '暗号化したファイルを保存',
  sendFailed: 'ファイルを作れませんでした。もう一度ためしてください。',
  sendFileTitle: 'インシデント対応ナビの対応記録',
};
export default easy;
