import type { Messages } from '../namespace';
import type { reportingDeadlines } from '../ja/reporting-deadlines';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const en: Messages<typeof reportingDeadlines> = {
  weekdays: { '0': 'Sun', '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat' },
  // The date stays the Japan date (JST); only the words change.
  date: (year, month, day, weekday) => `${weekday} ${day} ${MONTHS[month - 1]} ${year}`,
  until: (date) => `by ${date}`,
  daysLeft: (n) => (n === 1 ? '1 day left' : `${n} days left`),
  dueToday: 'due today',
  daysOver: (n) => (n === 1 ? '1 day overdue' : `${n} days overdue`),
  basis: {
    law: 'Legal deadline',
    guideline: 'Guideline target (not a legal deadline)',
    guide: 'Recommended by the guide',
    none: 'No set deadline',
  },
  chips: { law: 'Law', guideline: 'Target', guide: 'Guide' },
  span: (from, to) => (from === to ? `${from} days` : `${from}–${to} days`),
  pastTarget: (label, span) =>
    `The target for the ${label}${span ? ` (${span})` : ''} has passed. Do it as soon as you can`,
  briefOverdue: '⚠ Overdue',
  briefPastTarget: '⚠ Target passed',
  briefNext: 'Next deadline',
  notNeeded: { report: 'No report needed', action: 'Not needed this time' },
  unchecked: 'Reporting not checked yet',
  check: 'Check what to report',
  dueSoonTitle: 'Reports due soon',
};
export default en;
