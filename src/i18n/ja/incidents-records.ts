import { namespace } from '../namespace';

/**
 * 対応記録 and 対応経過 (src/features/incidents: RecordPage, RecordField, TimelinePage,
 * TimelineForm). What is stored in the timeline (a field's overwritten text) stays Japanese.
 */
export const incidentsRecords = namespace('incidents-records', {
  // The record page (RecordPage).
  itemsFailed: '項目の説明を読み込めませんでした。通信できる場所で一度開き直してください。',
  change: '変更',
  timelineLink: (n: number) => `対応経過を見る（${n}件）`,
  fiveW1H: '5W1Hで整理する',
  // One record field (RecordField).
  fromPrep: '平時の備えから入力しました（書き換えられます）',
  saveAgain: 'もう一度保存',
  unsaved: '未保存：',
  unsavedRestored: '前回保存できなかった入力を戻しました。',
  unsavedKept:
    '保存できるまで、この入力はこの端末に一時的に残します（別の画面に移っても消えません）。',
  conflictBefore: '別のタブで先に保存された内容がありました。この入力で保存し、前の内容は',
  conflictLink: '対応経過',
  conflictAfter: 'に残しました。',
  // The timeline (TimelinePage).
  timelineTitle: '対応経過',
  timelineIntro: '記録は消えません。間違いは「訂正」で新しい記録として残します。',
  /** The kinds of timeline entries, by id (TimelineEntry['kind']). */
  kinds: {
    created: '開始',
    note: '記録',
    item: 'チェック',
    status: '状態',
    field: '変更',
    reporting: '報告',
    correction: '訂正',
    conflict: '上書き前の内容',
    evidence: '証拠',
    'reporting-status': '報告',
  },
  newLabel: 'できごとを記録',
  newSubmit: '記録する',
  older: (n: number) => `さらに表示（前の記録 あと ${n} 件）`,
  correctLabel: '訂正の内容',
  correctSubmit: '訂正を記録',
  correct: '訂正',
  device: '（端末: ',
  deviceClose: '）',
  // The form of a new entry or a correction (TimelineForm).
  restored: (submit: string) =>
    `未記録：前回この端末で入力した内容を戻しました。「${submit}」で記録されます。`,
  when: 'いつ（日本時間）',
  whenHint: '空欄なら記録した時刻になります。前のできごとは時刻を入れてください。',
  cancel: 'やめる',
  saving: '保存中…',
  saved: '✓ 保存済み',
});
