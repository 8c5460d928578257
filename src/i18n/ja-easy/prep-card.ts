import type { Messages } from '../namespace';
import type { prepCard } from '../ja/prep-card';

const easy: Messages<typeof prepCard> = {
  title: '緊急カード',
  intro:
    '印刷して、かべや机にはってください。スマートフォンが使えないときも、最初にすることと連絡先がわかります。白黒で印刷できます。',
  size: '大きさ',
  sizes: { a4: 'A4（かべにはる）', card: 'カードの大きさ（さいふに入れる）' },
  print: '印刷する',
  printed: '緊急カード（印刷する内容）',
  heading: (company) => (company ? `緊急カード：${company}` : '緊急カード'),
  firstTitle: 'まずすること',
  actionsFailed:
    '最初にすることを読み込めませんでした。ネットワークにつながる場所で、もう一度開いてください。',
  // The same names as the guide's parts and the triage (「…したとき」).
  types: {
    virus: 'ウイルスに感染したとき',
    ransomware: 'ランサムウェアに感染したとき',
    leak: '情報がもれたとき',
    outage: 'システムが止まったとき',
    basic: 'まだわからないとき',
  },
  actionSeparator: '：',
  callsTitle: '連絡する人',
  policy: (n) => `（証券番号 ${n}）`,
  deputy: (who, phone) => `代わり: ${who} ${phone}`,
  deputyNobody: '代わりの人',
  noCalls: '電話番号は、まだ登録していません。',
  noCallsAfter: 'で登録すると、ここに出ます。',
  publicTitle: '国などの相談窓口',
  publicNames: {
    'ipa-security-consultation':
      'IPA 企業組織向けサイバーセキュリティ相談窓口（IPAは国の機関です）',
    'police-9110': '警察相談専用電話',
    'ppc-dial': '個人情報保護委員会（国の機関です） 個人情報保護法相談ダイヤル',
  },
  publicUses: {
    'ipa-security-consultation': 'インシデントのときの相談（メール）',
    'police-9110': '犯罪の被害の相談（地域の警察本部の窓口につながります。急ぐ事件は110番です）',
    'ppc-dial': '個人情報がもれたときの相談（報告は、委員会のWebフォームからします）',
  },
  source: (source, asOf) => `（もとにした資料: ${source}。${asOf} に確かめました）`,
  sources: {
    'ipa-security-consultation':
      'IPA（国の機関です）の「中小企業のためのセキュリティインシデント対応の手引き」の、「インシデント発生時の相談窓口・報告先」のところ',
  },
  appTitle: 'このアプリ',
  qrLabel: (url) => `このアプリを開くQRコード（${url}）`,
  qrFailed: (url) => `QRコードを作れませんでした。URL: ${url}`,
  qrMaking: 'QRコードを作っています…',
};
export default easy;
