import type { Messages } from '../namespace';
import type { contacts } from '../ja/contacts';

const easy: Messages<typeof contacts> = {
  title: '連絡先',
  prepareTitle: '連絡する前に、まとめておくこと',
  recordItemsLink: 'それぞれの説明（対応のときに、まとめておくこと）',
  needsNetwork:
    'Webサイトとメールには、ネットワークが必要です。つながらないときは、アドレスをコピーしてください。そして、別の端末から連絡してください。',
  useFor: 'こんなときに使います：',
  writeMail: (email) => `メールを書く（${email}）`,
  copyAddress: 'アドレスをコピー',
  openWebsite: 'Webサイトを開く',
  copyUrl: 'URLをコピー',
  labelFor: (label, who) => `${label}（${who}）`,
  ownTitle: '自分の会社の連絡先',
  ownEmptyBefore: '会社の責任者や、システムをまかせている会社の連絡先を、',
  ownEmptyLink: 'ふだんの準備',
  ownEmptyAfter: 'に入れてください。ここに出て、すぐに電話できます。',
};
export default easy;
