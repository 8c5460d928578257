import type { Messages } from '../namespace';
import type { reporting } from '../ja/reporting';

const easy: Messages<typeof reporting> = {
  loading: '読みこんでいます…',
  title: '報告・届出（だれに知らせるか）',
  questionsTitle: (answered, asked) => `質問（${asked}問のうち ${answered}問 答えました）`,
  questionsIntro: (asOf) =>
    `答えから、どこに、なぜ、いつまでに報告するかを考えます。法律をたしかめた日：${asOf}。さいごは、必要なら、専門家や報告先にたしかめてください。`,
  saving: '保存しています…',
  saved: '✓ 保存しました',
  failed: (message) => `⚠ ${message}`,

  resultTitle: '結果',
  maybeNotNeeded: '（答えによっては、いりません）',
  answerQuestions: (n) => `質問に答える（まだ ${n}問）`,
  owedTitle: (n) => `必要なもの（${n}件）`,
  owedNone: '答えからは、必要と決まったものは、まだありません。',
  openTitle: '答えると決まります',
  openQuestions: (names) => `決めるための質問：${names}`,
  openIntro:
    '「わからない」や、まだ答えていない質問があります。だから、まだ決まっていません。念のため、「必要」として下にのせています。',
  notNeededTitle: (n) => `いらないもの（${n}件）`,
  notNeededNone: '答えからは、いらないと決まったものは、まだありません。',
  titleWith: (title, what) => `${title}：${what}`,
  doneShort: '✓ しました',
  nextDue: (label, until, left) => `${label} ${until}（${left}）`,
  noDate: '日にちは決まっていません。早めにしてください',

  detailsTitle: 'くわしい内容と、したことの記録',
  noneNeeded: '答えからは、報告や届出がいるものは、ありませんでした。',
  maybeTitle: (n) => `答えると、しぼりこめます（${n}件）`,
  maybeOverdue: (n) => `・そのうち期限をすぎたもの ${n}件`,
  maybeIntro:
    '「わからない」や、まだ答えていない質問があるので、念のため入れています。質問に答えると、いるかどうかがはっきりします。',
  icsButton: '期限をカレンダーに入れる（.ics ファイル）',
  icsHint:
    'この端末のカレンダーが、期限の前の日と、その日の朝9時（日本の時間）に知らせます。すぎた時間には知らせません。',
  notNeededListTitle: (n) => `今回はいらないと決めたもの（${n}件）`,
  exempted: '（報告の対象ですが、例外に当たります）',
  formLink: '報告のフォーム',

  statusDone: (date) => `✓ しました（${date}）`,
  noDoneDate: '日にちなし',
  statusAllDone: '✓ ぜんぶ しました',
  statusOverdue: '⚠ まだです・期限をすぎました',
  statusPastTarget: '⚠ まだです・目安の日をすぎました',
  statusPartly: (labels) => `一部しました（${labels}）`,
  statusTodo: 'まだです',
  separator: '、',
  dueToUnknown: (names) => `念のため入れています（わからない・まだ答えていない：${names}）。`,
  reasonsTitle: '理由',
  anyOf: {
    report: 'つぎの どれか1つに当たれば、報告がいります',
    action: 'つぎの どれか1つに当たれば、対応がいります',
  },
  anyOfKey: '（✓ 当たる　？ わからない）',
  colon: '：',
  inParens: (text) => `（${text}）`,
  markMet: '（当たる）',
  markUnknown: '（わからない）',
  noticesTitle: '知っておくこと',
  deadlinesTitle: '期限',
  overdueBy: (left) => `⚠ 期限をすぎました：${left}`,
  memoShown: 'メモ：',
  changeRecord: (name) => `「${name}」の記録を変える…`,
  openMarkDone: (name) => `「${name}」を「しました」にする…`,
  doneDate: (name) => `した日（${name}）`,
  memo: (name) => `メモ（${name}）`,
  markTodo: (name) => `「${name}」を「まだ」にもどす`,
  markDone: (name) => `「${name}」を「しました」にする`,
  close: 'とじる',

  sourceBefore: '（もとになる決まり：',
  sourceAfter: '）',
  unverified: '出典確認中（たしかめています）',
  unverifiedNote:
    'この決まりは、法律やガイドラインの文で、まだ たしかめきれていません。まよったら、念のため報告するほうで考えてください。報告先にも聞いてください。',

  recordTitle: '決めたことを対応経過にのこす',
  recording: '記録しています…',
  recorded: '✓ 対応経過に記録しました',
  upToDate: '✓ いまの決定は、もう対応経過にあります',
  changed: '答えが変わりました。記録した決定とちがいます。決まったら、記録してください。',
  notRecorded: 'この決定は、まだ対応経過にありません。答えおわったら、記録してください。',
  recordButton: 'この決定を対応経過に記録する',
  recordNote: '記録する文は、ふつうの日本語のままです（報告書などに、そのまま使えます）。',

  icsSummary: (legal, title, label, incident) =>
    `【${legal ? '期限' : '目安'}】${title} ${label}（${incident}）`,
  icsDescription: (basis, text, source) => `${basis}。${text}\nもとになる決まり：${source}`,

  outlineNearest: (title, label, until, left, basis) =>
    `${title} ${label} ${until}（${left}・${basis}）`,
  outlineMaybe: '※答えによっては、いりません',
  outlineDeadline: (label, until, basis, state) =>
    `${label}（${until ? `${until}・` : ''}${basis}）［${state}］`,
  outlineStates: { done: 'しました', todo: 'まだです' },
  outlineQuestions: (names) => `決めるための質問: ${names}`,
  statusLogWhat: (destination) => `報告・届出「${destination}」`,
  statusLogDeadline: (what, deadline) => `${what}の${deadline}`,
  statusLogDone: (what, doneAt) => `${what}を「できた」にした（${doneAt}）`,
  statusLogTodo: (what) => `${what}を「まだ」にもどした`,
  statusLogMemo: (memo) => `。メモ：${memo}`,
};
export default easy;
