import type { Messages } from '../namespace';
import type { drillsRun } from '../ja/drills-run';

const easy: Messages<typeof drillsRun> = {
  title: '訓練（練習）',
  intro: '訓練のきろくには「訓練」と出ます。ホームの期限やお知らせには出ません。',
  startError:
    '訓練を始められませんでした。もう一度やってください。今までのきろくは、なくなっていません。',
  incidentTitle: (scenario) => `訓練：${scenario}`,
  startedLog: (scenario) => `訓練を始めた（${scenario}）`,
  plannedMinutes: (n: number) => `だいたい ${n} 分`,
  start: 'この訓練を始める',
  noScenario: 'このきろくには、このアプリの訓練の台本（シナリオ）がありません。',
  runTitle: '訓練のようす',
  elapsed: '訓練が始まってからの時間',
  running: '進んでいます',
  paused: '止めています',
  planned: (n: number) => `予定は ${n} 分`,
  separator: '・',
  pause: '止める',
  resume: 'また始める',
  realTime: 'ふつうの速さ',
  faster: (n: number) => `${n}倍の速さ`,
  end: '訓練を終える…',
  endQuestion: (end: string) =>
    `訓練をここで終えますか？時計を予定の終わり（${end}）まで進めます。すぐに、ふりかえりが出ます。今までにかかった時間は、そのまま残ります。まだしていない手順は「まだ」になります。`,
  endConfirm: '訓練を終える',
  endedBefore: '訓練を ',
  endedAt: '終えたとき',
  endedAfter: (n: number) => ` で終えました（予定は ${n} 分）。`,
  sound: '新しい情報が来たら、音でも知らせる（ふるえる機能がある電話は、いつもふるえます）',
  facilitator: '進める人の画面（大きな文字）',
  arrived: '来た情報',
  injectMeta: (at: number, channel: string) => `T+${at}分・${channel}`,
  channels: { phone: '電話', mail: 'メール', screen: '画面', visit: '人が来た' },
  toChecklist: 'チェックリストで対応する',
  readAloud: '読み上げる情報',
  noInjectYet: 'まだ情報はありません。',
  nextInject: (at: number, left: string) => `次の情報：T+${at}分（あと ${left}）`,
  lastInject: 'これが最後の情報です。',
};
export default easy;
