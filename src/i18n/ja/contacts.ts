import { namespace } from '../namespace';

/** 連絡先 (src/features/contacts): whom to consult and report to. */
export const contacts = namespace('contacts', {
  title: '連絡先',
  prepareTitle: '連絡する前に整理しておくこと',
  recordItemsLink: '各項目の説明（インシデント対応時に整理しておくべき事項）',
  needsNetwork:
    'Webサイトとメールはネットワークが必要です。つながらないときは、アドレスをコピーして別の端末から連絡してください。',
  /** One organisation's card. */
  useFor: 'こんなときに：',
  writeMail: (email: string) => `メールを書く（${email}）`,
  copyAddress: 'アドレスをコピー',
  openWebsite: 'Webサイトを開く',
  copyUrl: 'URLをコピー',
  /** A copy button's accessible name: its label and whose address it is. */
  labelFor: (label: string, who: string) => `${label}（${who}）`,
  /** 自社の連絡先 from 平時の備え. */
  ownTitle: '自社の連絡先',
  /** 「社内の責任者や保守ベンダーの連絡先は、[平時の備え]に登録するとここに表示され、すぐ電話できます。」 */
  ownEmptyBefore: '社内の責任者や保守ベンダーの連絡先は、',
  ownEmptyLink: '平時の備え',
  ownEmptyAfter: 'に登録するとここに表示され、すぐ電話できます。',
});
