import type { Messages } from '../namespace';
import type { reportingDeadlines } from '../ja/reporting-deadlines';

const easy: Messages<typeof reportingDeadlines> = {
  weekdays: { '0': '日', '1': '月', '2': '火', '3': '水', '4': '木', '5': '金', '6': '土' },
  date: (year, month, day, weekday) => `${year}年${month}月${day}日（${weekday}）`,
  until: (date) => `${date}まで`,
  daysLeft: (n) => `あと ${n} 日`,
  dueToday: '今日までです',
  daysOver: (n) => `${n} 日すぎています`,
  basis: {
    law: '法律で決まった期限',
    guideline: 'ガイドライン（国の説明）の目安です。法律の期限ではありません',
    guide: 'てびきのおすすめ',
    none: '期限は決まっていません',
  },
  chips: { law: '法律', guide: 'てびき', guideline: '目安' },
  span: (from, to) => (from === to ? `${from}日` : `${from}〜${to}日`),
  pastTarget: (label, span) =>
    `${label}の目安${span ? `（${span}）` : ''}をすぎました。できるだけ早くしてください`,
  briefOverdue: '⚠ 期限をすぎました',
  briefPastTarget: '⚠ 目安をすぎました',
  briefNext: 'つぎの期限',
  notNeeded: { report: '報告しなくてよい', action: '今回はしなくてよい' },
  unchecked: '報告のチェックが、まだです',
  check: '報告をチェックする',
  dueSoonTitle: '期限が近い報告',
};
export default easy;
