import type { Messages } from '../namespace';
import type { incidentsChecklist } from '../ja/incidents-checklist';

const easy: Messages<typeof incidentsChecklist> = {
  title: 'チェックリスト',
  overall: 'ぜんぶ',
  onlyOpen: 'まだのものだけ',
  phaseCount: (done, total) => `${total}個のうち${done}個できた`,
  noneOpen: 'まだのものは、ありません。',
  progress: (done, total, percent) => `: ${done} / ${total} 個（${percent}%）`,

  info: '参考：',
  states: { done: 'できた', 'not-applicable': 'しなくてよい', open: 'まだ' },
  writeRecord: 'まとめておくことを書く',
  seeContacts: '相談するところ・報告するところを見る',
  saving: '保存しています…',
  saved: '保存しました',
  savedBy: (state) => `${state}（`,
  savedAt: (at) => `・${at}）保存しました`,
  noName: '名前がありません',
  changeMore: '時間・メモを変える',
  atLabel: 'した日と時間（日本の時間）',
  noteLabel: 'メモ',
  save: '保存する',
  noteShown: 'メモ: ',

  nextTitle: '次にすること',
  allDone: 'チェックリストは、ぜんぶ終わりました。',
  seeAll: 'チェックリストをぜんぶ見る',

  contactsTitle: 'はじめに電話する人',
  noContacts: '連絡先は、まだありません。落ち着いたら、',
  noContactsLink: 'ふだんの準備',
  noContactsAfter: 'に書いてください。ここから、すぐに電話できるようになります。',
};
export default easy;
