import type { Messages } from '../namespace';
import type { homeTriage } from '../ja/home-triage';

const easy: Messages<typeof homeTriage> = {
  title: 'まだわからないとき',
  questionMark: '？',
  basicSteps: 'はじめの手順を見る（どのときも同じ手順です）',
  cuesTitle: '次の中に、あてはまるものはありますか？',
  cuesIntro: 'あてはまるものを選んでください。そのときの手順が開きます。',
  basic: 'はじめの手順',
  withCause: (type, cause) => `${type}（${cause}）`,
  leadsTo: (target) => `→ ${target}の手順`,
};
export default easy;
