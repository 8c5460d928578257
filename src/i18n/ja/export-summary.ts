import { namespace } from '../namespace';

/**
 * The words of the documents that may be made in any language (the summaries and 引継ぎ),
 * read by the export builders in src/export (run in the export worker). The drafts for
 * Japanese authorities and partners never use this: they stay Japanese in src/export.
 */
export const exportSummary = namespace('export-summary', {
  /** Where nothing was recorded. */
  empty: '（未記入）',
  none: '（なし）',
  noRecords: '（記録なし）',
  untitled: '（件名なし）',
  /** Between the items of a list written on one line. */
  listSeparator: '、',
  /** Before each line of a list. */
  bullet: '・',
  /** A remark after a text: 「（原因: …）」, 「（山田、2026/11/24(火) 09:40）」. */
  aside: (text: string) => `（${text}）`,
  /** Incident status, by id. */
  status: { open: '対応中', recovered: '復旧済み', closed: '完了' },
  /** Weekdays of a date, by id (sun … sat). */
  weekdays: {
    sun: '日',
    mon: '月',
    tue: '火',
    wed: '水',
    thu: '木',
    fri: '金',
    sat: '土',
  },
  /** A date and time in JST: 「2026/11/25(水) 21:05」. */
  dateTime: (date: string, weekday: string, time: string) => `${date}(${weekday}) ${time}`,
  elapsedDays: (days: number, hours: number) => `${days}日${hours}時間`,
  elapsedHours: (hours: number, minutes: number) => `${hours}時間${minutes}分`,
  elapsedMinutes: (minutes: number) => `${minutes}分`,
  /** A measured step's time: 「14分」, 「1時間5分」, 「2時間」. */
  stepTime: (hours: number, minutes: number) =>
    hours ? `${hours}時間${minutes ? `${minutes}分` : ''}` : `${minutes}分`,
  /** The measured steps, by id (as src/lib/durations.ts names them). */
  steps: {
    contain: '最初の初動対応',
    management: '経営者への報告',
    decision: '報告・届出の判断',
    'first-report': '第一報',
    recovered: '復旧',
  },
  stepLine: (step: string, time: string) => `${step}：${time}`,
  durationsLine: (list: string) => `発覚からの対応時間: ${list}`,
  seeTimeline: (count: number) => `時系列（対応経過）の${count}件を参照`,

  // The chain of the timeline (the line that anchors a copy of the record).
  chainNone: '記録の検証値: （記録なし）',
  chainHead: (hash: string, at: string, count: number) =>
    `記録の検証値: ${hash}（${at} までの ${count}件）`,
  chainBroken: (where: string) => `記録の検証: 連続性が崩れています。${where}`,
  chainBreak: (at: string, quote: string, reason: string, count: number, checked: number) =>
    `${at} に書かれた記録「${quote}」から先は確認できません。${reason}（${count}件中 ${checked}件は確認済み）。`,
  /** Why the chain breaks, by id. */
  chainReasons: {
    changed: 'この記録の内容が、書かれたあとに変更されています',
    order: 'この記録より前の記録が、変更されたか入れ替えられています',
    'missing-before': 'この記録より前の記録が削除されています',
    unchained: '検証値のない記録が加えられています',
  },

  // The summaries.
  summaryTitle: (title: string) => `【インシデント概要】${title}`,
  markdownTitle: (title: string) => `インシデント概要: ${title}`,
  types: '種類',
  causes: (causes: string) => `原因: ${causes}`,
  statusLabel: '状況',
  discoveredAt: '発覚日時',
  occurredAt: '発生日時',
  elapsedLabel: '経過時間',
  sinceDiscovery: (elapsed: string) => `発覚から${elapsed}`,
  durationsLabel: '発覚からの対応時間',
  recordItems: '整理しておくべき事項',
  fiveW1H: '5W1H',
  checklist: 'チェックリストの進み具合',
  phaseCounts: (done: number, notApplicable: number, open: number) =>
    `済 ${done} / 該当なし ${notApplicable} / 未 ${open}`,
  /** A phase's title in the plain-text summary: 「［検知・初動対応］」. */
  phaseTitle: (title: string) => `［${title}］`,
  /** A checklist item's state in the plain-text summary, by state. */
  stateMarks: { done: '[済]', 'not-applicable': '[該当なし]', open: '[未]' },
  /** After 「[x]」 in Markdown for an item that does not apply. */
  notApplicable: '（該当なし）',
  note: 'メモ',
  timeline: '対応経過',
  corrected: '（訂正）',
  hasCorrection: '（訂正あり）',
  madeAt: (at: string) => `作成日時: ${at}（インシデント対応ナビで作成）`,
  event: '発生事象',
  likelyCause: '想定される原因',
  progress: '進み具合',
  openCount: (open: number) => `（未 ${open}）`,
  recent: '最近の経過',
  madeShort: (at: string) => `作成: ${at}`,

  // The 「報告・届出と期限」 section (its lines come from the reporting rules).
  reportingHeading: '報告・届出と期限',
  reportingBasis: '（現在の答えと対応状況から）',
  reportingUnchecked:
    '報告・届出の確認がまだです（個人情報が含まれるかが未回答のため、念のための扱いです）。',
  nextDeadline: '次の期限',
  owed: '必要',
  notNeeded: '不要',
  withCount: (label: string, count: number) => `${label}（${count}件）`,
  decidedByAnswers: '答えると決まります',
  decidedByAnswersCount: (count: number) => `答えると決まるもの: ${count}件`,

  // 引継ぎ.
  handoverTitle: (title: string) => `【引継ぎ資料】${title}`,
  handoverFor: '（保守ベンダー・相談窓口（IPA、JPCERT/CC 等）への引継ぎ用）',
  companyAndContact: '事業者・連絡先',
  systemConfiguration: 'システム構成・運用状況',
  affectedSystems: '被害を受けたシステムの状況',
  timelineJst: '時系列（日時は日本時間）',
  wholeRecord: '記録の全体',

  // A drill's documents and the file names.
  drillLine: '【訓練】訓練の記録です。実際のインシデントではありません。',
  drillFile: '訓練',
  /** The first part of a document's file name, by format. */
  files: {
    'summary-short': '概要',
    'summary-full': '概要_全文',
    markdown: '概要',
    handover: '引継ぎ',
  },
});
