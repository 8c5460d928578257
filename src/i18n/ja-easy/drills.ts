import type { Messages } from '../namespace';
import type { drills } from '../ja/drills';

const easy: Messages<typeof drills> = {
  banner: '訓練',
  bannerText:
    '： これは訓練（練習）のきろくです。本当のインシデント（事故）ではありません。 期限と、かかった時間は、訓練の時計で数えます。',
  bannerLink: '訓練の画面にもどる',
  durationsTitle: 'かかった時間（気づいたときから）',
  steps: {
    contain: 'はじめの対応',
    management: '経営者（会社のトップ）への報告',
    decision: '報告・届け出をするかどうか決める',
    'first-report': '第一報（はじめの報告）',
    recovered: '元にもどす',
  },
  minutes: (m: number) =>
    m < 60 ? `${m}分` : `${Math.floor(m / 60)}時間${m % 60 ? `${m % 60}分` : ''}`,
  stepNotDone: 'まだです',
  target: (t: string) => `（目安 ${t}）`,
  targetMissed: (t: string) => `（目安 ${t}・目安より長い）`,
};
export default easy;
