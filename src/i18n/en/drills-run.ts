import type { Messages } from '../namespace';
import type { drillsRun } from '../ja/drills-run';

const en: Messages<typeof drillsRun> = {
  title: 'Drills',
  intro:
    'A drill’s record is marked “Drill” (訓練). Its deadlines and notices do not appear on the home screen.',
  startError: 'The drill could not start. Please try again. Nothing recorded so far is lost.',
  incidentTitle: (scenario) => `Drill: ${scenario}`,
  startedLog: (scenario) => `Drill started (${scenario})`,
  plannedMinutes: (n: number) => `About ${n} min`,
  start: 'Start this drill',
  noScenario: 'This record has no drill scenario of this app.',
  runTitle: 'Drill in progress',
  elapsed: 'Drill time elapsed',
  running: 'Running',
  paused: 'Paused',
  planned: (n: number) => `planned ${n} min`,
  separator: ' · ',
  pause: 'Pause',
  resume: 'Resume',
  realTime: 'Real time',
  faster: (n: number) => `${n}× speed`,
  end: 'End the drill…',
  endQuestion: (end: string) =>
    `End the drill here? The clock jumps to the planned end (${end}) and the debrief shows at once. The time taken so far is kept; steps not done yet count as “not yet”.`,
  endConfirm: 'End the drill',
  endedBefore: 'The drill ended at ',
  endedAt: 'Ended at',
  endedAfter: (n: number) => ` (planned ${n} min).`,
  sound: 'Also play a sound when information arrives (devices that can vibrate always do)',
  facilitator: 'Facilitator view (large text)',
  arrived: 'Information received',
  injectMeta: (at: number, channel: string) => `T+${at} min · ${channel}`,
  channels: { phone: 'Phone', mail: 'E-mail', screen: 'On screen', visit: 'In person' },
  toChecklist: 'Respond with the checklist',
  readAloud: 'Read this aloud',
  noInjectYet: 'No information yet.',
  nextInject: (at: number, left: string) => `Next: T+${at} min (in ${left})`,
  lastInject: 'This is the last piece of information.',
};
export default en;
