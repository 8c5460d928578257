import { namespace } from '../namespace';

/**
 * The drill parts other pages show too (src/features/drills: the 訓練 banner and かかった時間),
 * kept small because they travel with the incident pages.
 */
export const drills = namespace('drills', {
  banner: '訓練',
  bannerText:
    '： この記録は訓練です。実際のインシデントではありません。 期限とかかった時間は、訓練の時計で数えます。',
  bannerLink: '訓練の進行へ',
  durationsTitle: 'かかった時間（発覚から）',
  /** The measured steps, by id (the same labels as src/lib/durations.ts STEP_LABELS). */
  steps: {
    contain: '最初の初動対応',
    management: '経営者への報告',
    decision: '報告・届出の判断',
    'first-report': '第一報',
    recovered: '復旧',
  },
  /** Minutes as src/lib/durations.ts minutesLabel writes them: 「14分」, 「1時間5分」. */
  minutes: (m: number) =>
    m < 60 ? `${m}分` : `${Math.floor(m / 60)}時間${m % 60 ? `${m % 60}分` : ''}`,
  stepNotDone: 'まだです',
  target: (t: string) => `（目安 ${t}）`,
  targetMissed: (t: string) => `（目安 ${t}・超過）`,
});
