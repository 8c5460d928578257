/** A public body on the 緊急カード, with how to reach it (its name and use: prep-card). */
export interface PublicNumber {
  id: 'ipa-security-consultation' | 'police-9110' | 'ppc-dial';
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
    email: 'cs-support@ipa.go.jp',
    source: '手引き「インシデント発生時の相談窓口・報告先」',
    asOf: '2026-12-01',
  },
  {
    id: 'police-9110',
    phone: '#9110',
    source: 'https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html',
    asOf: '2026-12-01',
  },
  {
    id: 'ppc-dial',
    phone: '03-6457-9849',
    source: 'https://www.ppc.go.jp/personalinfo/pipldial/',
    asOf: '2026-12-01',
  },
];
