import { namespace } from '../namespace';

/** 訓練: the scenario list, a drill's clock and injects, 進行役の画面 (src/features/drills). */
export const drillsRun = namespace('drills-run', {
  title: '訓練',
  intro: '訓練の記録には「訓練」と表示され、ホームの期限やお知らせには出ません。',
  startError:
    '訓練を始められませんでした。もう一度お試しください。これまでの記録は失われていません。',
  /** A drill's record, written when it starts: its title and first timeline entry. */
  incidentTitle: (scenario: string) => `訓練：${scenario}`,
  startedLog: (scenario: string) => `訓練を開始（${scenario}）`,
  plannedMinutes: (n: number) => `目安 ${n} 分`,
  start: 'この訓練を始める',
  noScenario: 'この記録には、このアプリの訓練の台本がありません。',
  runTitle: '訓練の進行',
  elapsed: '訓練の経過時間',
  running: '進行中',
  paused: '一時停止中',
  planned: (n: number) => `予定 ${n} 分`,
  /** Separates the clock's state, speed and planned length: 「進行中・実時間・予定 30 分」. */
  separator: '・',
  pause: '一時停止',
  resume: '再開',
  realTime: '実時間',
  faster: (n: number) => `${n}倍速`,
  end: '訓練を終える…',
  endQuestion: (end: string) =>
    `訓練をここで終えますか？時計を予定の終わり（${end}）まで進め、ふりかえりをすぐに表示します。ここまでの対応にかかった時間はそのまま残り、まだの手順は「まだ」として数えます。`,
  endConfirm: '訓練を終える',
  endedBefore: '訓練を ',
  endedAt: '終えた時点',
  endedAfter: (n: number) => ` で終えました（予定 ${n} 分）。`,
  sound: '情報が届いたら音でも知らせる（振動は対応する端末で常に）',
  facilitator: '進行役の画面（大きな文字）',
  arrived: '届いた情報',
  /** When and how an inject arrived: 「T+3分・電話」. */
  injectMeta: (at: number, channel: string) => `T+${at}分・${channel}`,
  /** How an inject reaches the people in the drill, by channel id. */
  channels: { phone: '電話', mail: 'メール', screen: '画面', visit: '来訪' },
  toChecklist: 'チェックリストで対応する',
  readAloud: '読み上げる情報',
  noInjectYet: 'まだ情報はありません。',
  nextInject: (at: number, left: string) => `次の情報：T+${at}分（あと ${left}）`,
  lastInject: 'これで最後の情報です。',
});
