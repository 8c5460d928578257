import { namespace } from '../namespace';

/**
 * ふりかえり (src/features/drills): the debrief of a drill, its reporting answers checked,
 * the comparison with earlier runs, what to fix in 備え, and これまでの訓練.
 */
export const drillsDebrief = namespace('drills-debrief', {
  title: 'ふりかえり',
  loading: '読み込んでいます…',
  loadingDebrief: 'ふりかえりを読み込んでいます…',
  saving: 'ふりかえりを保存しています…',
  saved: '✓ ふりかえりを保存しました',
  saveError:
    '⚠ ふりかえりを保存できませんでした。訓練の記録は失われていません。もう一度開き直してください。',
  savedLink: '保存したふりかえり（印刷・比較）',
  missedTitle: 'チェックされなかった手順',
  allTicked: 'すべてチェックされました。',
  modelTitle: '模範的な対応',
  guideRef: '手引き：',
  targetsNote: '目安の時間は、この訓練のための目標です。手引きや法令の期限ではありません。',
  // The kept debrief's page.
  drill: '訓練',
  notReal: '：実際のインシデントではありません。',
  pageTitle: '訓練のふりかえり：',
  startedAt: (date: string) => `訓練の開始：${date}`,
  savedAt: (date: string) => `（保存：${date}）`,
  print: '印刷',
  toList: '訓練の一覧へ',
  notFound: 'このふりかえりは見つかりませんでした。',
  deleted: 'ふりかえりを削除しました。',
  delete: 'このふりかえりを削除…',
  deleteQuestion:
    'このふりかえりを削除しますか？これまでの訓練の一覧と比較から消え、元に戻せません。訓練の記録が残っていれば、それもゴミ箱に移ります（30日間は「設定」のゴミ箱から戻せ、開くとふりかえりがまた保存されます）。',
  deleteConfirm: '削除する',
  // 報告・届出の答え合わせ.
  answerCheckTitle: '報告・届出の答え合わせ',
  sameAnswers: '想定した答えと同じでした。',
  answerLine: (given: string, expected: string) =>
    `訓練での答え：${given}／想定した答え：${expected}`,
  unanswered: '未回答',
  /** The reporting answers, by id (the same labels as reporting/questions.ts ANSWER_LABELS). */
  answers: {
    yes: 'はい',
    no: 'いいえ',
    unknown: 'わからない',
    'up-to-100': '100人以下',
    '101-1000': '101〜1,000人',
    'over-1000': '1,001人以上',
  },
  /** Before the inject that settled an answer, quoted: 「根拠：T+4分・電話「続報。…」」. */
  basis: (inject: string) => `根拠：${inject}「`,
  basisEnd: '」',
  decisionsTitle: '判断が変わる報告・届出',
  neededInModel: '：想定した答えでは必要、訓練での答えでは不要になります。',
  neededInDrill: '：想定した答えでは不要、訓練での答えでは必要になります。',
  reasonSource: (source: string) => `（根拠：${source}）`,
  reasonSourceUnverified: (source: string) => `（根拠：${source}・出典確認中）`,
  guideSays: '手引きでは：',
  guideOpen: '（',
  guideClose: '）',
  // 同じ訓練との比較.
  compareTitle: '同じ訓練との比較（古い順）',
  nothingComparable: 'どの回も、測れる手順がまだ記録されていません。',
  run: (date: string, minutes: string) => `${date}：${minutes}`,
  notYet: 'まだ',
  faster: (minutes: string) => `改善：前回より${minutes}早い`,
  doneNow: '改善：今回はできた',
  slower: (minutes: string) => `後退：前回より${minutes}遅い`,
  notDoneNow: '後退：今回はまだ',
  same: '前回と同じ',
  noPrevious: '比べられる前回がありません',
  // 備えで直すところ.
  prepTitle: '備えで直すところ（いまの備えから）',
  prepLoading: '備えを読み込んでいます…',
  prepReady: 'この訓練で使う連絡先と備えは、登録されています。',
  prepFix: '備えで直す',
  noPhone: (role: string) => `${role}の電話番号が、備えに登録されていません。`,
  noPhoneAny: (roles: string) => `${roles}のどれも、電話番号が備えに登録されていません。`,
  /** Between the names of several people: 「経営者・情報セキュリティ責任者」. */
  nameSeparator: '・',
  prepCheck: (point: string) => `備えの点検：${point}`,
  // これまでの訓練.
  pastTitle: 'これまでの訓練',
  pastEmpty: 'まだありません。訓練を予定の時間まで進めると、ふりかえりがここに残ります。',
  pastDate: (date: string) => `${date}：`,
  goneScenario: 'いまはない訓練の台本',
  nothingMeasured: '測れる手順はまだ記録されていません',
  stepTime: (step: string, minutes: string) => `${step} ${minutes}`,
  /** Between the steps of one run: 「経営者への報告 14分・第一報 まだ」. */
  stepSeparator: '・',
});
