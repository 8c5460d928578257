/** A public body on the 緊急カード, with how to reach it. */
export interface PublicNumber {
  id: string;
  name: string;
  /** What to use it for (one line). */
  use: string;
  phone?: string;
  email?: string;
  /** Where the number comes from, and when it was checked (facts beyond the guide). */
  source: string;
  asOf: string;
}

/**
 * Public bodies for the card. The guide lists these bodies (mail and web only); the phone
 * numbers come from the bodies' own pages.
 */
export const PUBLIC_NUMBERS: readonly PublicNumber[] = [
  {
    id: 'ipa-security-consultation',
    name: 'IPA 企業組織向けサイバーセキュリティ相談窓口',
    use: 'インシデント発生時の相談（メール）',
    email: 'cs-support@ipa.go.jp',
    source: '手引き「インシデント発生時の相談窓口・報告先」',
    asOf: '2026-12-01',
  },
  {
    id: 'police-9110',
    name: '警察相談専用電話',
    use: '犯罪被害の相談（つながるのは地域の警察本部の窓口。緊急の事件は110番）',
    phone: '#9110',
    source: 'https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html',
    asOf: '2026-12-01',
  },
  {
    id: 'ppc-dial',
    name: '個人情報保護委員会 個人情報保護法相談ダイヤル',
    use: '個人情報の漏えいの相談（報告そのものは委員会のWebフォームから）',
    phone: '03-6457-9849',
    source: 'https://www.ppc.go.jp/personalinfo/pipldial/',
    asOf: '2026-12-01',
  },
];
