import type { Messages } from '../namespace';
import type { home } from '../ja/home';

const easy: Messages<typeof home> = {
  title: '何がありましたか？',
  intro: 'あてはまるものを選んでください。はじめにすることから、順番に説明します。',
  types: {
    virus: 'ウイルスに感染した',
    ransomware: 'ランサムウェア（お金を要求するウイルス）',
    leak: '情報がもれた',
    outage: 'システムが止まった',
  },
  causes: {
    'unauthorized-access': '外から入られた（不正アクセス）',
    insider: '会社の中の人がした',
    misdelivery: 'メールやWebをまちがえて出した',
    loss: 'なくした・忘れてきた',
  },
  chooseCause: '原因を選ぶ',
  whichCause: '原因はどれですか？',
  causeUnknown: 'わからない',
  unsure: 'まだわからない',
  unsureHint: 'はじめの手順と、見分け方',
  search: 'てびきをさがす',
  records: 'きろくを見る',
  prep: 'ふだんの準備（連絡先・緊急カード）',
  ongoingTitle: 'いま対応しているきろく',
  continue: 'つづきを開く',
  discoveredAgo: (types, ago) => `${types}・気づいてから ${ago}`,
  lessThanMinute: '1分より少し',
  minutes: (n) => `${n}分`,
  hours: (n) => `${n}時間`,
  days: (n) => `${n}日`,
  typeWithCauses: (type, causes) => `${type}（${causes}）`,
  typeSeparator: '、',
  causeSeparator: '・',
};
export default easy;
