import type { Messages } from '../namespace';
import type { incidents } from '../ja/incidents';

const openNote = (open: number) =>
  open ? `チェックリストに、まだ終わっていないことが ${open} 個あります。` : '';

const easy: Messages<typeof incidents> = {
  status: { open: '対応している', recovered: '元にもどった', closed: '終わった' },
  facts: (discovered, since) => `・気づいた時間 ${discovered}（気づいてから ${since}）`,

  listTitle: '対応のきろく',
  listIntro: 'きろくは、この機械（スマホやパソコン）の中だけにあります。',
  start: '対応をはじめる',
  settings: '設定',
  filterLabel: '状態でえらぶ',
  filterAll: 'ぜんぶ',
  noneWithStatus: (status) => `「${status}」のきろくはありません。`,
  none: 'きろくは、まだありません。',
  more: 'もっと見る',
  rowProgress: 'どこまでできたか',

  newIntro: 'あとで変えることができます。わからないところは、そのままでだいじょうぶです。',
  titleLabel: '名前（件名）',
  discoveredLabel: '気づいた日と時間（日本の時間）',
  discoveredMissing: '気づいた日と時間を書いてください。',
  responderLabel: 'あなたの名前（だれがしたかを、きろくします）',
  submit: '対応をはじめる',
  saving: '保存しています…',
  pickLegend: '何がありましたか（いくつでも選べます）',
  pickTypes: {
    virus: 'ウイルスに感染した',
    ransomware: 'ランサムウェア（お金を要求するウイルス）に感染した',
    leak: '情報がもれた',
    outage: 'システムが止まった',
  },
  causesLegend: '原因（わかるとき）',

  notFound: 'この対応のきろくは、ありませんでした。',
  toList: '対応のきろくの一覧へ',
  loading: '読みこんでいます…',
  checklistLoading: 'チェックリストを読みこんでいます…',
  checklistFailed:
    'チェックリストを読みこめませんでした。インターネットにつながる場所で、もう一度開いてください。',
  photoFirst: 'はじめに、ウイルスが出た画面の写真をとる',
  navLabel: 'この対応のきろくのページ',
  nav: {
    checklist: 'チェックリスト',
    record: 'まとめておくこと',
    timeline: 'したことのきろく（対応経過）',
    evidence: '証拠（何が起きたかを示すもの）',
    reporting: '報告・届出（知らせること）',
    share: 'ほかの人に見せる・ファイルにする',
  },

  actionsTitle: '状態を変える',
  reopen: '「対応している」にもどす',
  recoverAsk: '「元にもどった」にする…',
  recover: '「元にもどった」にする',
  recoverQuestion: (open) =>
    `${openNote(open)}「元にもどった」にしますか？「すぐに、これをします」は出なくなります。「対応している」にもどすことは、いつでもできます。`,
  close: '対応を終わる…',
  closeQuestion: (open) =>
    `${openNote(open)}この対応を「終わった」にしますか？ホームの画面に、このきろくと報告のしめきりが出なくなります。まだ報告していないものがないか、先にたしかめてください。きろくは消えません。「対応している」にもどすと、いつでも続けられます。`,
  closeConfirm: '「終わった」にする',
  editSummary: '名前・種類・気づいた時間を変える',
  saveTitle: '名前を保存する',
  saveDiscovered: '気づいた時間を保存する',
  saveTypes: '種類を保存する',
  saved: '✓ 保存しました',
  trash: 'この対応のきろくを消す…',
  trashQuestion:
    'この対応のきろくをゴミ箱に入れますか？30日のあいだは、「設定」のゴミ箱から元にもどせます。',
  trashConfirm: 'ゴミ箱に入れる',

  persisted: 'この機械のきろくは、守られています。',
  dismiss: '閉じる',
  persistTitle: 'きろくを守るために',
  persistAdvice:
    'このブラウザは、機械のあき容量が少ないと、きろくを消すことがあります。ホーム画面に追加（インストール）すると、きろくが残りやすくなります。バックアップ（コピー）も作っておくと安心です。',
  backup: 'バックアップを作る',
  responderHint: 'この機械の中だけに保存します。あとで「設定」で変えられます。',
  save: '保存する',
  reload: 'もう一度読みこむ',

  chainChecking: 'きろくが書きかえられていないか、たしかめています…',
  chainUnknown:
    'きろくが書きかえられていないか、たしかめられませんでした。ページを読みこみなおしてください。',
  chainBroken: '⚠ きろくのつながりが切れています。',
  chainBrokenAdvice:
    'アプリは直しません。前に書き出したコピーとくらべてください。何があったかを、きろくに書いてください。',
  chainOk: (count) => `✓ きろくは書きかえられていません（${count}件をたしかめました）`,
  chainHead: '。確認の値 ',
  chainHeadUntil: '（',
  chainHeadEnd: ' まで）',
};
export default easy;
