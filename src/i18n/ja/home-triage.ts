import { namespace } from '../namespace';

/** まだわからないとき (src/features/home/TriagePage.tsx): its own chunk, apart from home's. */
export const homeTriage = namespace('home-triage', {
  title: 'まだわからないとき',
  /** The mark after the guide's cover question (「何が起きましたか？」). */
  questionMark: '？',
  basicSteps: '基本ステップ（どのインシデントにも共通の手順）を見る',
  cuesTitle: '次のどれかに当てはまりますか？',
  cuesIntro: '当てはまるものを選ぶと、その場合の手順を開きます。',
  /** The steps a cue leads to, by playbook id (every incident type and the basic steps). */
  steps: {
    basic: '基本ステップの手順',
    virus: 'ウイルス感染の手順',
    ransomware: 'ランサムウェアの手順',
    leak: '情報漏えいの手順',
    outage: 'システム停止の手順',
  },
  /** The steps a cue about a leak leads to, by cause id (as in src/content/catalog.ts). */
  causeSteps: {
    'unauthorized-access': '情報漏えい（不正アクセス）の手順',
    insider: '情報漏えい（内部犯行）の手順',
    misdelivery: '情報漏えい（メール誤送信・Web誤公開）の手順',
    loss: '情報漏えい（紛失・置忘れ）の手順',
  },
  /** 「→ ランサムウェアの手順」. */
  leadsTo: (steps: string) => `→ ${steps}`,
});
