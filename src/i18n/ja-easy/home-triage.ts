import type { Messages } from '../namespace';
import type { homeTriage } from '../ja/home-triage';

const easy: Messages<typeof homeTriage> = {
  title: 'まだわからないとき',
  questionMark: '？',
  basicSteps: 'はじめの手順を見る（どのときも同じ手順です）',
  cuesTitle: '次の中に、あてはまるものはありますか？',
  cuesIntro: 'あてはまるものを選んでください。そのときの手順が開きます。',
  // 「…したときの手順」, as the guide's parts are named (guide-doc: 「ウイルスに感染したとき」).
  steps: {
    basic: 'はじめの手順',
    virus: 'ウイルスに感染したときの手順',
    ransomware: 'ランサムウェアに感染したときの手順',
    leak: '情報がもれたときの手順',
    outage: 'システムが止まったときの手順',
  },
  causeSteps: {
    'unauthorized-access': '外から入られて（不正アクセス）、情報がもれたときの手順',
    insider: '会社の中の人が、情報をもらしたときの手順',
    misdelivery: 'メールやWebをまちがえて出して、情報がもれたときの手順',
    loss: 'なくしたり、忘れてきたりして、情報がもれたときの手順',
  },
  leadsTo: (steps) => `→ ${steps}`,
};
export default easy;
