import type { Messages } from '../namespace';
import type { reporting } from '../ja/reporting';

const en: Messages<typeof reporting> = {
  loading: 'Loading…',
  title: 'Reports and notifications (報告・届出)',
  questionsTitle: (answered, asked) => `Questions (${answered} of ${asked} answered)`,
  questionsIntro: (asOf) =>
    `Your answers decide where to report, why, and by when. Laws checked on: ${asOf}. For the final decision, check with an expert or the authority if needed.`,
  saving: 'Saving…',
  saved: '✓ Saved',
  failed: (message) => `⚠ ${message}`,

  resultTitle: 'Result',
  maybeNotNeeded: '(may not be needed, depending on your answers)',
  answerQuestions: (n) => `Answer the questions (${n} not answered)`,
  owedTitle: (n) => `Needed (${n})`,
  owedNone: 'From your answers, nothing is certain to be needed yet.',
  openTitle: 'Your answers will decide',
  openQuestions: (names) => `Deciding questions: ${names}`,
  openIntro:
    'Some questions are "Not sure" or not answered, so these are not decided yet. To be safe, they are listed in the details below as needed.',
  notNeededTitle: (n) => `Not needed (${n})`,
  notNeededNone: 'From your answers, nothing is certain to be not needed yet.',
  titleWith: (title, what) => `${title}: ${what}`,
  doneShort: '✓ Done',
  nextDue: (label, until, left) => `${label} ${until} (${left})`,
  noDate: 'No set date: as soon as you can',

  detailsTitle: 'Details and what was done',
  noneNeeded: 'From your answers, no report or notification is needed.',
  maybeTitle: (n) => `Your answers can narrow these down (${n})`,
  maybeOverdue: (n) => ` · ${n} overdue`,
  maybeIntro:
    'These are included to be safe, because some questions are "Not sure" or not answered. Answer the questions to find out whether they are needed.',
  icsButton: 'Add the deadlines to your calendar (.ics file)',
  icsHint:
    "This device's calendar reminds you at 9:00 (Japan time) the day before and on the day (no reminder for a time already past).",
  notNeededListTitle: (n) => `Decided not needed this time (${n})`,
  exempted: ' (the situation is covered, but an exception applies)',
  formLink: 'Report form',

  statusDone: (date) => `✓ Done (${date})`,
  noDoneDate: 'no date',
  statusAllDone: '✓ All done',
  statusOverdue: '⚠ Not done · overdue',
  statusPastTarget: '⚠ Not done · the target date has passed',
  statusPartly: (labels) => `Partly done (${labels})`,
  statusTodo: 'Not done',
  separator: ', ',
  dueToUnknown: (names) => `Included to be safe (not sure or not answered: ${names}).`,
  reasonsTitle: 'Why',
  anyOf: {
    report: 'A report is needed if any of these applies',
    action: 'Action is needed if any of these applies',
  },
  anyOfKey: ' (✓ applies  ？ not sure)',
  colon: ': ',
  inParens: (text) => ` (${text})`,
  markMet: '(applies)',
  markUnknown: '(not sure)',
  noticesTitle: 'Good to know',
  deadlinesTitle: 'Deadlines',
  overdueBy: (left) => `⚠ Overdue: ${left}`,
  memoShown: 'Memo: ',
  changeRecord: (name) => `Change the record of "${name}"…`,
  openMarkDone: (name) => `Mark "${name}" as done…`,
  doneDate: (name) => `Date done (${name})`,
  memo: (name) => `Memo (${name})`,
  markTodo: (name) => `Mark "${name}" as not done`,
  markDone: (name) => `Mark "${name}" as done`,
  close: 'Close',

  sourceBefore: '(Source, in Japanese: ',
  sourceAfter: ')',
  unverified: 'Source being checked (出典確認中)',
  unverifiedNote:
    'This source has not yet been fully checked against the text of the law or guideline. If in doubt, take the side of reporting (report to be safe), and ask the authority.',

  recordTitle: 'Keep the decision in the timeline',
  recording: 'Recording…',
  recorded: '✓ Recorded in the timeline',
  upToDate: '✓ The current decision is already in the timeline',
  changed:
    'Your answers changed and differ from the recorded decision. Record it once it is final.',
  notRecorded: 'This decision is not in the timeline yet. Record it when you have answered.',
  recordButton: 'Record this decision in the timeline',
  recordNote:
    'The decision is recorded in Japanese, so it can be quoted in reports to Japanese authorities and partners.',

  icsSummary: (legal, title, label, incident) =>
    `[${legal ? 'Deadline' : 'Target'}] ${title} ${label} (${incident})`,
  icsDescription: (basis, text, source) => `${basis}. ${text}\nSource (Japanese): ${source}`,

  outlineNearest: (title, label, until, left, basis) =>
    `${title}, ${label}: ${until} (${left}; ${basis})`,
  outlineMaybe: ' (may not be needed, depending on your answers)',
  outlineDeadline: (label, until, basis, state) =>
    `${label} (${until ? `${until}; ` : ''}${basis}) [${state}]`,
  outlineStates: { done: 'Done', todo: 'Not done' },
  outlineQuestions: (names) => `Deciding questions: ${names}`,
  statusLogWhat: (destination) => `Report or notification “${destination}”`,
  statusLogDeadline: (what, deadline) => `${what}, ${deadline}`,
  statusLogDone: (what, doneAt) => `${what}: marked as done (${doneAt})`,
  statusLogTodo: (what) => `${what}: marked as not done again`,
  statusLogMemo: (memo) => `. Memo: ${memo}`,
};
export default en;
