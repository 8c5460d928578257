import type { Messages } from '../namespace';
import type { drills } from '../ja/drills';

const en: Messages<typeof drills> = {
  banner: 'Drill',
  bannerText:
    ': this record is a drill (訓練), not a real incident. Deadlines and times taken run on the drill clock.',
  bannerLink: 'Back to the drill',
  durationsTitle: 'Time taken (from discovery)',
  steps: {
    contain: 'First response',
    management: 'Report to management',
    decision: 'Decision on reports and notifications',
    'first-report': 'First report (第一報)',
    recovered: 'Recovery',
  },
  minutes: (m: number) =>
    m < 60 ? `${m} min` : `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`,
  stepNotDone: 'Not yet',
  target: (t: string) => ` (target ${t})`,
  targetMissed: (t: string) => ` (target ${t}, over)`,
};
export default en;
