import { namespace } from '../namespace';

/** まだわからないとき (src/features/home/TriagePage.tsx): its own chunk, apart from home's. */
export const homeTriage = namespace('home-triage', {
  title: 'まだわからないとき',
  /** The mark after the guide's cover question (「何が起きましたか？」). */
  questionMark: '？',
  basicSteps: '基本ステップ（どのインシデントにも共通の手順）を見る',
  cuesTitle: '次のどれかに当てはまりますか？',
  cuesIntro: '当てはまるものを選ぶと、その場合の手順を開きます。',
  /** The basic steps' short name, where a cue leads to no incident type. */
  basic: '基本ステップ',
  /** 「情報漏えい（内部犯行）」. */
  withCause: (type: string, cause: string) => `${type}（${cause}）`,
  /** 「→ ランサムウェアの手順」. */
  leadsTo: (target: string) => `→ ${target}の手順`,
});
