import { namespace } from '../namespace';

/** 緊急カード (src/features/prep: CardPage, QrCode, card-data.ts, public-numbers.ts). */
export const prepCard = namespace('prep-card', {
  title: '緊急カード',
  intro:
    '印刷して壁や机に貼っておくと、スマートフォンが使えないときにも最初の行動と連絡先がわかります。白黒で印刷できます。',
  size: '大きさ',
  sizes: { a4: 'A4（壁に貼る）', card: 'カードサイズ（財布に入れる）' },
  print: '印刷する',
  printed: '緊急カード（印刷される内容）',
  heading: (company: string) => (company ? `緊急カード：${company}` : '緊急カード'),
  firstTitle: 'まずやること',
  actionsFailed: '最初の行動を読み込めませんでした。通信できる場所で開き直してください。',
  /** The card's incident types, by playbook id (the short titles of src/content/catalog.ts). */
  types: {
    virus: 'ウイルス感染',
    ransomware: 'ランサムウェア',
    leak: '情報漏えい',
    outage: 'システム停止',
    basic: 'わからないとき',
  },
  /** Between an incident type and its first action. */
  actionSeparator: '：',
  callsTitle: '連絡する人',
  policy: (n: string) => `（証券番号 ${n}）`,
  deputy: (who: string, phone: string) => `代わり: ${who} ${phone}`,
  deputyNobody: '代わりの人',
  noCalls: 'まだ電話番号が登録されていません。',
  noCallsAfter: 'で登録すると、ここに載ります。',
  publicTitle: '公的な相談窓口',
  /** The public bodies, by id (public-numbers.ts). */
  publicNames: {
    'ipa-security-consultation': 'IPA 企業組織向けサイバーセキュリティ相談窓口',
    'police-9110': '警察相談専用電話',
    'ppc-dial': '個人情報保護委員会 個人情報保護法相談ダイヤル',
  },
  /** What each public body is for, by id. */
  publicUses: {
    'ipa-security-consultation': 'インシデント発生時の相談（メール）',
    'police-9110': '犯罪被害の相談（つながるのは地域の警察本部の窓口。緊急の事件は110番）',
    'ppc-dial': '個人情報の漏えいの相談（報告そのものは委員会のWebフォームから）',
  },
  source: (source: string, asOf: string) => `（出典: ${source}、${asOf} 時点）`,
  /** A source that is text, not an address, by public body id (public-numbers.ts). */
  sources: { 'ipa-security-consultation': '手引き「インシデント発生時の相談窓口・報告先」' },
  appTitle: 'このアプリ',
  qrLabel: (url: string) => `このアプリを開くQRコード（${url}）`,
  qrFailed: (url: string) => `QRコードを作れませんでした。URL: ${url}`,
  qrMaking: 'QRコードを作っています…',
});
