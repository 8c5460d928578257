// The items a report to 個人情報保護委員会 asks for (漏えい等報告). Law beyond the guide,
// so it carries its source and the date it was checked.

/** One item of the PPC report. */
export interface PpcItem {
  id: string;
  label: string;
}

/** The list of report items, with source and date. */
export const PPC_REPORT = {
  source:
    '個人情報の保護に関する法律施行規則 第8条第1項（個人情報保護委員会「個人情報の保護に関する法律についてのガイドライン（通則編）」3-5-3-3）',
  url: 'https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/',
  asOf: '2026-11-25',
  /** Deadlines of the same article, shown as a reminder. */
  deadlines:
    '速報は事態を知った後速やかに（概ね3～5日以内）、確報は30日以内（不正の目的によるおそれがある場合は60日以内）。',
  items: [
    { id: 'overview', label: '概要' },
    { id: 'data-items', label: '漏えい等が発生し、又は発生したおそれがある個人データの項目' },
    { id: 'people', label: '漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数' },
    { id: 'cause', label: '原因' },
    { id: 'secondary-damage', label: '二次被害又はそのおそれの有無及びその内容' },
    { id: 'notice-to-people', label: '本人への対応の実施状況' },
    { id: 'publication', label: '公表の実施状況' },
    { id: 'prevention', label: '再発防止のための措置' },
    { id: 'other', label: 'その他参考となる事項' },
  ] satisfies PpcItem[],
} as const;
