import { namespace } from '../namespace';

/** 備えの点検 (src/features/prep: ReadinessCheckForm, checks.ts). */
export const prepCheck = namespace('prep-check', {
  scoreOf: (total: number) => `${total}項目のうち `,
  scoreDone: (score: number) => `${score}項目`,
  scoreEnd: ' ができています。',
  lastCheck: (at: string) => `前回の点検: ${at}`,
  /**
   * The review interval is this app's suggestion, not the guide's (review.ts); `asOf` is the day
   * the guide was read for it. Plain sentences, no brackets inside brackets.
   */
  reviewAdvice: (months: number, asOf: string) =>
    `${months}か月ごとに見直すと安心です。この周期はこのアプリの提案です。${asOf} 時点の手引きには、見直しの周期の定めはありません。`,
  autoDone: '備えに登録済み',
  autoMissing: 'まだ登録されていません。',
  fill: '登録する',
  /** The answers of a point, by value. */
  answers: { yes: 'できている', no: 'まだ' },
  guide: '手引き: ',
  missingTitle: 'まだのこと',
  submit: '点検を記録する',
  /** The points of the check, by id (checks.ts takes its Japanese from here). */
  items: {
    policy: 'インシデント対応の方針（誰が何を判断し、誰が対応するか）をあらかじめ決めてある',
    'report-rule': '兆候を見つけたら情報セキュリティ責任者に報告することを、社内で共有してある',
    'inside-contacts': '情報セキュリティ責任者と経営者の電話番号を登録してある',
    'outside-contacts': '保守ベンダーなど、支援を頼む外部の連絡先を登録してある',
    'network-cut': 'ネットワークの切り方と、切ってよい人を決めてある',
    evidence: '電源を切らない・記録を消さないなど、証拠を残す初動を知っている',
    'personal-data': '個人情報の種類・おおよその件数と保管場所を把握してある',
    'offline-backup': 'バックアップの1つは、普段はつながない媒体か別の場所にある',
    'restore-test': 'バックアップから復元できるか、試したことがある',
    logs: 'サーバやネットワーク機器のログを取得し、残してある',
    bcp: 'システムの重要度と、止まったときの代わりの手段（BCP・IT-BCP）を決めてある',
  },
  /** Where the guide says each point, by point id. */
  guides: {
    policy: '基本ステップ「対応体制の立ち上げ」',
    'report-rule': '基本ステップ「検知と連絡受付」',
    'inside-contacts': '基本ステップ「対応体制の立ち上げ」',
    'outside-contacts': '基本ステップ「調査・対応」',
    'network-cut': '基本ステップ「初動対応」',
    evidence: '基本ステップ「証拠の保全」',
    'personal-data': '情報漏えい「初動対応」',
    'offline-backup': 'ランサムウェア「適切なバックアップ方法」',
    'restore-test': 'ランサムウェア「適切なバックアップ方法」',
    logs: '情報漏えい「調査・対応」',
    bcp: '用語の解説 ※4 事業継続計画（BCP）',
  },
});
