import type { Messages } from '../namespace';
import type { incidentsRecords } from '../ja/incidents-records';

const easy: Messages<typeof incidentsRecords> = {
  itemsFailed:
    '項目の説明を読み込めませんでした。ネットワークにつながる場所で、もう一度開いてください。',
  change: '変える',
  timelineLink: (n) => `対応経過を見る（${n}件）`,
  fiveW1H: '5W1H（だれが、なにを、いつ、どこで、なぜ、どのように）でまとめる',
  fromPrep: 'ふだんの準備から入れました（書きかえることができます）',
  saveAgain: 'もう一度保存する',
  unsaved: 'まだ保存していません：',
  unsavedRestored: '前に保存できなかった文を、もどしました。',
  unsavedKept: '保存できるまで、この文はこの端末に残ります（ほかの画面に行っても消えません）。',
  conflictBefore: 'ほかのタブで、先に保存した文がありました。あなたの文で保存しました。前の文は',
  conflictLink: '対応経過',
  conflictAfter: 'に残っています。',
  timelineTitle: '対応経過',
  timelineIntro: '記録は消えません。まちがえたときは「訂正」で、新しい記録を足します。',
  kinds: {
    created: '開始',
    note: '記録',
    item: 'チェック',
    status: '状態',
    field: '変更',
    reporting: '報告',
    correction: '訂正',
    conflict: '上書きする前の文',
    evidence: '証拠',
    'reporting-status': '報告',
  },
  newLabel: 'できごとを記録する',
  newSubmit: '記録する',
  older: (n) => `もっと見る（前の記録 あと ${n} 件）`,
  correctLabel: '訂正する内容',
  correctSubmit: '訂正を記録する',
  correct: '訂正',
  device: '（端末: ',
  deviceClose: '）',
  restored: (submit) =>
    `まだ記録していません：前にこの端末で書いた文を、もどしました。「${submit}」をおすと、記録します。`,
  when: 'いつ（日本の時間）',
  whenHint: '書かないときは、記録した時間になります。前のできごとは、時間を書いてください。',
  cancel: 'やめる',
  saving: '保存しています…',
  saved: '✓ 保存しました',
};
export default easy;
