import { namespace } from '../namespace';

/**
 * The incident's checklist (src/features/incidents): the list with its progress, one item's
 * 完了 / 該当なし, 「次にやること」 and 「まず連絡する人」. The items' own words are the
 * playbooks' (shown with <Rendered>).
 */
export const incidentsChecklist = namespace('incidents-checklist', {
  title: 'チェックリスト',
  overall: '全体',
  onlyOpen: '未完了だけ',
  phaseCount: (done: number, total: number) => `${done}/${total} 済み`,
  noneOpen: '未完了の項目はありません。',
  progress: (done: number, total: number, percent: number) =>
    `: ${done} / ${total} 件（${percent}%）`,

  // One item.
  info: '参考：',
  /** An item's states, by the stored state. */
  states: { done: '完了', 'not-applicable': '該当なし', open: '未完了' },
  writeRecord: '整理しておくべき事項を記入する',
  seeContacts: '相談窓口・報告先を見る',
  saving: '保存中…',
  saved: '保存済み',
  /** 「完了（山田・2026/11/25(水) 21:05）保存済み」 around the name. */
  savedBy: (state: string) => `${state}（`,
  savedAt: (at: string) => `・${at}）保存済み`,
  noName: '名前未設定',
  changeMore: '時刻・メモを変更',
  atLabel: '実施日時（日本時間）',
  noteLabel: 'メモ',
  save: '保存',
  noteShown: 'メモ: ',

  // 「次にやること」.
  nextTitle: '次にやること',
  allDone: 'チェックリストの項目はすべて済みました。',
  seeAll: 'チェックリスト全体を見る',

  // 「まず連絡する人」.
  contactsTitle: 'まず連絡する人',
  noContacts: '連絡先がまだ登録されていません。落ち着いたら',
  noContactsLink: '平時の備え',
  noContactsAfter: 'に登録しておくと、ここからすぐ電話できます。',
});
