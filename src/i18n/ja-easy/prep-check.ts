import type { Messages } from '../namespace';
import type { prepCheck } from '../ja/prep-check';

const easy: Messages<typeof prepCheck> = {
  scoreOf: (total) => `${total}項目のうち `,
  scoreDone: (score) => `${score}項目`,
  scoreEnd: ' ができています。',
  lastCheck: (at) => `前にチェックした日: ${at}`,
  reviewAdvice: (months, asOf) =>
    `${months}か月ごとに見直すと、安心です。これは、このアプリのおすすめです。てびきには、見直す時期は書いてありません。${asOf} に、てびきをたしかめました。`,
  autoDone: 'ふだんの準備に登録しました',
  autoMissing: 'まだ登録していません。',
  fill: '登録する',
  answers: { yes: 'できている', no: 'まだ' },
  guide: 'てびき: ',
  missingTitle: 'まだのこと',
  submit: 'チェックを記録する',
  items: {
    policy: 'インシデントのとき、だれが何を決めて、だれが対応するか、前もって決めている',
    'report-rule':
      'おかしなことを見つけたら、情報セキュリティ責任者に知らせる。このことを、会社のみんなが知っている',
    'inside-contacts': '情報セキュリティ責任者と経営者の電話番号を、登録している',
    'outside-contacts': '保守ベンダーなど、手伝ってくれる外の会社の連絡先を、登録している',
    'network-cut': 'ネットワークの切り方と、切ってよい人を、決めている',
    evidence: '電源を切らない、記録を消さない。証拠を残すための最初の動きを、知っている',
    'personal-data': '個人情報の種類、だいたいの数、置いている場所を、わかっている',
    'offline-backup': 'バックアップの1つは、ふだんつながない機器にある。または、別の場所にある',
    'restore-test': 'バックアップからもどせるか、試したことがある',
    logs: 'サーバやネットワーク機器のログ（記録）をとって、残している',
    bcp: 'どのシステムが大事か、止まったときに代わりに何を使うか（BCP・IT-BCP）を、決めている',
  },
  // Named as the guide's pages name them in やさしい日本語 (guide-doc's parts, the sections' titles).
  guides: {
    policy: 'はじめの手順「対応するチームをつくる」',
    'report-rule': 'はじめの手順「気づく・知らせを受ける」',
    'inside-contacts': 'はじめの手順「対応するチームをつくる」',
    'outside-contacts': 'はじめの手順「調べる・対応する」',
    'network-cut': 'はじめの手順「最初の対応」',
    evidence: 'はじめの手順「証拠を残す」',
    'personal-data': '情報がもれたとき「最初の対応」',
    'offline-backup': 'ランサムウェアに感染したとき「バックアップのしかた」',
    'restore-test': 'ランサムウェアに感染したとき「バックアップのしかた」',
    logs: '情報がもれたとき「調べる・対応する」',
    bcp: 'ことばの説明 ※4 事業継続計画（BCP）',
  },
};
export default easy;
