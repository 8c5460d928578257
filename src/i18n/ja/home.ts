import { namespace } from '../namespace';

/** The home screen (src/features/home). */
export const home = namespace('home', {
  title: '何が起きましたか？',
  intro: '当てはまるものを選ぶと、最初にやることから順に案内します。',
  /** The incident types, by id (the same short titles as src/content/catalog.ts). */
  types: {
    virus: 'ウイルス感染',
    ransomware: 'ランサムウェア',
    leak: '情報漏えい',
    outage: 'システム停止',
  },
  /** The causes of an information leak, by id (as in src/content/catalog.ts). */
  causes: {
    'unauthorized-access': '不正アクセス',
    insider: '内部犯行',
    misdelivery: 'メール誤送信・Web誤公開',
    loss: '紛失・置忘れ',
  },
  chooseCause: '原因を選ぶ',
  whichCause: '原因はどれですか？',
  causeUnknown: 'わからない',
  unsure: 'まだわからない',
  unsureHint: '基本の手順と、見分け方',
  search: '手引きを検索',
  records: '対応記録を見る',
  prep: '平時の備え（連絡先・緊急カード）',
  /** OngoingIncident.tsx: the open incidents, the latest one tap from its checklist. */
  ongoingTitle: '対応中の記録',
  continue: '続きを開く',
  /** 「ランサムウェア・発覚から 3時間」: the incident's types, and the time since discovery. */
  discoveredAgo: (types: string, ago: string) => `${types}・発覚から ${ago}`,
  /** The time since discovery, by unit (see elapsed.ts). */
  lessThanMinute: '1分未満',
  minutes: (n: number) => `${n}分`,
  hours: (n: number) => `${n}時間`,
  days: (n: number) => `${n}日`,
  /** A type with its causes (「情報漏えい（紛失・置忘れ）」), and how lists of them are joined. */
  typeWithCauses: (type: string, causes: string) => `${type}（${causes}）`,
  typeSeparator: '、',
  causeSeparator: '・',
});
