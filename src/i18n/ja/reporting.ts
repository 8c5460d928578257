import { namespace } from '../namespace';

/** The 報告・届出 screen (src/features/reporting): result, details, status forms, .ics. */
export const reporting = namespace('reporting', {
  loading: '読み込み中…',
  title: '報告・届出',
  questionsTitle: (answered: number, asked: number) =>
    `質問（${asked} 問のうち ${answered} 問回答済み）`,
  questionsIntro: (asOf: string) =>
    `どこに、なぜ、いつまでに報告するかを、答えから判断します。法令の確認日：${asOf}。最終的な判断は、必要に応じて専門家や報告先に確認してください。`,
  saving: '保存中…',
  saved: '✓ 保存済み',
  /** An error message after ⚠. */
  failed: (message: string) => `⚠ ${message}`,

  // The result first (ResultOverview)
  resultTitle: '結果',
  maybeNotNeeded: '（答えによっては不要です）',
  answerQuestions: (n: number) => `質問に答える（未回答 ${n} 問）`,
  owedTitle: (n: number) => `必要なもの（${n}件）`,
  owedNone: '答えから、必要と決まったものはまだありません。',
  openTitle: '答えると決まります',
  openQuestions: (names: string) => `決め手の質問：${names}`,
  openIntro:
    '「わからない」や未回答の質問があるため、まだ決まっていません。念のため、必要な側として下の詳しい内容に載せています。',
  notNeededTitle: (n: number) => `不要なもの（${n}件）`,
  notNeededNone: '答えから、不要と決まったものはまだありません。',
  /** 「個人情報保護委員会への報告：報告不要」. */
  titleWith: (title: string, what: string) => `${title}：${what}`,
  doneShort: '✓ 対応済み',
  /** The next dated deadline of a destination: 「速報 2026年12月25日（金）まで（あと 3 日）」. */
  nextDue: (label: string, until: string, left: string) => `${label} ${until}（${left}）`,
  noDate: '日付の定めなし・早めに',

  // Each destination in detail (ResultList)
  detailsTitle: '詳しい内容と対応の記録',
  noneNeeded: '答えからは、報告・届出が必要なものは見つかりませんでした。',
  maybeTitle: (n: number) => `答えると絞り込めます（${n}件）`,
  maybeOverdue: (n: number) => `・うち期限超過 ${n}件`,
  maybeIntro:
    '「わからない」や未回答の質問があるため、念のため対象にしているものです。質問に答えると、必要かどうかがはっきりします。',
  icsButton: '期限をカレンダーに追加（.ics ファイル）',
  icsHint:
    'この端末のカレンダーが、期限の前日と当日の朝9時（日本時間）に通知します（過ぎた時刻の通知は入れません）。',
  notNeededListTitle: (n: number) => `今回は不要と判断したもの（${n}件）`,
  exempted: '（対象の事態ですが、例外に当たります）',
  formLink: '報告フォーム',

  // One destination (ObligationCard)
  statusDone: (date: string) => `✓ 対応済み（${date}）`,
  noDoneDate: '日付なし',
  statusAllDone: '✓ すべて対応済み',
  statusOverdue: '⚠ 未対応・期限超過',
  statusPastTarget: '⚠ 未対応・目安の日を過ぎています',
  statusPartly: (labels: string) => `一部対応済み（${labels}）`,
  statusTodo: '未対応',
  /** Between deadline labels: 「速報、確報」. */
  separator: '、',
  dueToUnknown: (names: string) => `念のため対象にしています（わからない・未回答：${names}）。`,
  reasonsTitle: '理由',
  anyOf: {
    report: '次のどれかに当たれば報告が必要です',
    action: '次のどれかに当たれば対応が必要です',
  },
  anyOfKey: '（✓ 当たる　？ わからない）',
  colon: '：',
  /** A short aside in brackets: 「（あと 3 日）」. */
  inParens: (text: string) => `（${text}）`,
  markMet: '（当たる）',
  markUnknown: '（わからない）',
  noticesTitle: '知っておくこと',
  deadlinesTitle: '期限',
  overdueBy: (left: string) => `⚠ 期限超過：${left}`,
  /** The status form of a deadline or destination named `name` (e.g. 速報). */
  memoShown: 'メモ：',
  changeRecord: (name: string) => `「${name}」の記録を変更…`,
  openMarkDone: (name: string) => `「${name}」を対応済みにする…`,
  doneDate: (name: string) => `対応した日（${name}）`,
  memo: (name: string) => `メモ（${name}）`,
  markTodo: (name: string) => `「${name}」を未対応に戻す`,
  markDone: (name: string) => `「${name}」を対応済みにする`,
  close: '閉じる',

  // Sources (SourceNote)
  /** Around a source (a citation, always as written in Japanese): 「（根拠：…）」. */
  sourceBefore: '（根拠：',
  sourceAfter: '）',
  unverified: '出典確認中',
  unverifiedNote:
    'この根拠は、法令やガイドラインの本文でまだ確かめきれていません。迷うときは、報告する側（念のため報告する）で考え、報告先に確認してください。',

  // Recording the decision (RecordDecision)
  recordTitle: '判断を対応経過に残す',
  recording: '記録中…',
  recorded: '✓ 対応経過に記録しました',
  upToDate: '✓ いまの判断は対応経過に記録済みです',
  changed: '答えが変わり、記録済みの判断と違っています。確定したら記録してください。',
  notRecorded: 'この判断はまだ対応経過に記録していません。答え終えたら記録してください。',
  recordButton: 'この判断を対応経過に記録',
  recordNote: '記録する文は、日本語のまま対応経過に残します（報告書や第一報に引用できます）。',

  // Calendar file (.ics): the events' words. 【期限】 only for a legal deadline; a guideline
  // target (the 速報's day 3) is 【目安】.
  icsSummary: (legal: boolean, title: string, label: string, incident: string) =>
    `【${legal ? '期限' : '目安'}】${title} ${label}（${incident}）`,
  icsDescription: (basis: string, text: string, source: string) =>
    `${basis}。${text}\n根拠：${source}`,

  // The exports' 「報告・届出と期限」 lines (outline.ts), in a summary's language.
  /** The nearest deadline: 「個人情報保護委員会への報告 速報 2026年11月27日（金）まで（あと 1 日・法令上の期限）」. */
  outlineNearest: (title: string, label: string, until: string, left: string, basis: string) =>
    `${title} ${label} ${until}（${left}・${basis}）`,
  /** After the nearest deadline of a destination that answering may rule out. */
  outlineMaybe: '※答えによっては不要',
  /** One deadline of an owed destination (`until`: '' when it has no date). */
  outlineDeadline: (label: string, until: string, basis: string, state: string) =>
    `${label}（${until ? `${until}・` : ''}${basis}）［${state}］`,
  /** A deadline's or destination's status, by id. */
  outlineStates: { done: '対応済み', todo: '未対応' },
  /** What decides a destination still open. */
  outlineQuestions: (names: string) => `決め手の質問: ${names}`,
  /**
   * The timeline entry of a status change (src/storage/reporting-repo.ts): 「報告・届出「IPA」
   * の速報を対応済みにしました（2026-11-27）。メモ：…」. Entries written before version 3
   * begin with 報告・届出「 (timeline-kind.ts reads them by that prefix; since then by their kind).
   */
  statusLogWhat: (destination: string) => `報告・届出「${destination}」`,
  statusLogDeadline: (what: string, deadline: string) => `${what}の${deadline}`,
  statusLogDone: (what: string, doneAt: string) => `${what}を対応済みにしました（${doneAt}）`,
  statusLogTodo: (what: string) => `${what}を未対応に戻しました`,
  statusLogMemo: (memo: string) => `。メモ：${memo}`,
});
