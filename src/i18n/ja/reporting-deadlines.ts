import { namespace } from '../namespace';

/**
 * Reporting deadlines in short (src/features/reporting: dates, the deadline brief on home and
 * incident pages, 期限が近い報告・届出): small, as it ships wherever a deadline is shown.
 */
export const reportingDeadlines = namespace('reporting-deadlines', {
  /** Weekdays by `Date#getUTCDay()` (0 = Sunday). */
  weekdays: { '0': '日', '1': '月', '2': '火', '3': '水', '4': '木', '5': '金', '6': '土' },
  /** A JST calendar date with its weekday: 「2026年12月25日（金）」. */
  date: (year: number, month: number, day: number, weekday: string) =>
    `${year}年${month}月${day}日（${weekday}）`,
  /** A due date: 「2026年12月25日（金）まで」. */
  until: (date: string) => `${date}まで`,
  daysLeft: (n: number) => `あと ${n} 日`,
  dueToday: '今日まで',
  daysOver: (n: number) => `${n} 日超過`,
  /** What a deadline rests on, in words (never colour only). */
  basis: {
    law: '法令上の期限',
    guideline: 'ガイドラインの目安（法令上の期限ではありません）',
    guide: '手引きの推奨',
    none: '期限の定めなし',
  },
  /** The short chip beside a date (none for a deadline without one). */
  chips: { law: '法令', guideline: '目安', guide: '手引き' },
  /** A guideline's span: 「3〜5日」, or 「3日」. */
  span: (from: number, to: number) => (from === to ? `${from}日` : `${from}〜${to}日`),
  /** A guideline target past its date. */
  pastTarget: (label: string, span: string) =>
    `${label}の目安${span ? `（${span}）` : ''}を過ぎています。できるだけ早く`,
  briefOverdue: '⚠ 期限超過',
  briefPastTarget: '⚠ 目安を過ぎています',
  briefNext: '次の期限',
  /** 「報告不要」 for a report that does not apply, 「今回は不要」 for an action. */
  notNeeded: { report: '報告不要', action: '今回は不要' },
  unchecked: '報告・届出の確認がまだです',
  check: '報告・届出を確認する',
  dueSoonTitle: '期限が近い報告・届出',
});
