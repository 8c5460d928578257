import { namespace } from '../namespace';

/** The share page (src/features/export): formats, preview, edit, send, and sending a record. */
export const exportPage = namespace('export', {
  title: '共有・出力',
  /** While a document is made, by stage. */
  stages: { reading: '記録を読み込んでいます…', building: '文書を作っています…' },
  notFound: 'この対応記録は見つかりませんでした。',
  loadFailed: '記録を読み込めませんでした。ページを再読み込みしてください。',
  toList: '対応記録の一覧へ',
  untitled: '対応記録',
  kindsLegend: '作るもの',
  /** The formats, by kind (src/export/kinds.ts). */
  kinds: {
    'summary-short': '概要（短い）',
    'summary-full': '概要（全文）',
    markdown: 'Markdown',
    'first-report': '第一報',
    'later-report': '第二報・最終報',
    ppc: '個人情報保護委員会向け',
    handover: '引継ぎ',
    'deletion-request': '削除依頼メール（誤送信）',
  },
  edited: '編集済み',
  languageLegend: 'この文書の言語',
  /** Shown (in another language than Japanese) with a draft that stays Japanese. */
  japaneseOnly: 'この下書きは日本語のままです。日本の行政機関や取引先に宛てた文書のためです。',
  languageEdited:
    '書き直した文章はそのままです。選んだ言語の文章にするには「記録から作り直す」を押してください。',
  audienceLegend: '宛先',
  /** Who the 第一報 is for, by audience. */
  audiences: {
    one: 'ひとりの方へ（影響を受けた方が一人）',
    many: '関係者の皆様へ（影響を受けた方が複数）',
  },
  audienceEdited:
    '書き直した文章はそのままです。宛先に合わせた文章にするには「記録から作り直す」を押してください。',
  share: '共有',
  copy: 'コピー',
  saveFile: 'ファイルに保存',
  print: '印刷',
  /** The actions that send a document, as the question names them. */
  actions: { share: '共有', copy: 'コピー', save: '保存' },
  placeholdersLeft: (count: number, action: string) =>
    `まだ記入していない箇所が ${count} か所あります。このまま${action}しますか？`,
  goBack: '戻って記入する',
  goAnyway: (action: string) => `このまま${action}する`,
  textLabel: '内容（送る前に書き直せます。書き直した内容はこの端末に保存されます）',
  remake: '記録から作り直す（編集を取り消す）',
  draftNotSaved: (reason: string) =>
    `書き直した内容を保存できませんでした。${reason}画面の文章は残っています。コピーして控えてください。`,
  draftTooLong: (limit: string) => `長すぎます（${limit}文字まで）。`,
  draftSaving: '編集済み・保存中…',
  draftSaved: '編集済み・保存済み',
  printLabel: (label: string) => `印刷用: ${label}`,
  /** What happened when she shared, copied or saved (a cancelled share says nothing). */
  outcomes: {
    shared: '共有しました。',
    copied: 'コピーしました。チャットやメールに貼り付けてください。',
    saved: '保存しました（ダウンロードしたファイルを確認してください）。',
    'copied-saved':
      'この端末では共有の画面を使えないため、コピーしました。ファイルにも保存しました。',
    failed: 'コピーも保存もできませんでした。文章を長押しして選び、コピーしてください。',
  },

  // A new passphrase (the backup and the file for another phone).
  passphraseTooShort: (min: number) => `パスフレーズは${min}文字以上にしてください。`,
  passphraseMismatch: '確認のパスフレーズが一致しません。',
  passphraseLabel: (min: number) => `パスフレーズ（${min}文字以上）`,
  passphraseAgain: 'パスフレーズ（確認）',
  /** Under the new passphrase: what a passphrase is, and that it cannot be recovered. */
  passphraseWarning:
    'パスフレーズは、このファイルを守るパスワードです。復元するときに必要で、忘れるとだれにも開けません。別の場所に控えておいてください。',
  encrypting: '暗号化しています…',

  // 別の端末へ送る.
  sendHeading: '別の端末へ送る（ネットワークなしで）',
  sendIntro:
    'この対応記録を暗号化したファイルにして、AirDrop・ニアバイシェア・LINE・メールなどで別の端末へ送ります。受け取った端末では「設定」→「バックアップと復元」の「復元」でファイルを選び、同じパスフレーズを入れると、今ある記録に合わせて取り込みます（同じ項目は新しい方が残ります）。',
  sendShare: '暗号化して送る',
  sendSave: '暗号化ファイルを保存',
  sendFailed: 'ファイルを作れませんでした。もう一度お試しください。',
  sendFileTitle: 'インシデント対応ナビの対応記録',
});
