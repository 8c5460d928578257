import type { PrepProfile } from '../../storage';

/** One point of 備えの点検: what the guide presumes is ready before an incident. */
export interface ReadinessItem {
  id: string;
  text: string;
  /** Where the guide says it. */
  guide: { label: string; href: string };
  /** For points 備え itself can answer: true when the profile shows it (else asked). */
  auto?: (p: PrepProfile) => boolean;
  /** Where in 備え to fill it in, for auto points. */
  fillAt?: string;
}

const phoneOf = (p: PrepProfile, role: keyof PrepProfile['contacts']) =>
  Boolean(p.contacts[role]?.phone);

/** The check, in the order of the guide's steps (ids are stored: never rename one). */
export const READINESS_ITEMS: readonly ReadinessItem[] = [
  {
    id: 'policy',
    text: 'インシデント対応の方針（誰が何を判断し、誰が対応するか）をあらかじめ決めてある',
    guide: {
      label: '基本ステップ「対応体制の立ち上げ」',
      href: '/guide/basic#basic-set-up-response-team',
    },
  },
  {
    id: 'report-rule',
    text: '兆候を見つけたら情報セキュリティ責任者に報告することを、社内で共有してある',
    guide: {
      label: '基本ステップ「検知と連絡受付」',
      href: '/guide/basic#basic-report-to-security-officer',
    },
  },
  {
    id: 'inside-contacts',
    text: '情報セキュリティ責任者と経営者の電話番号を登録してある',
    guide: {
      label: '基本ステップ「対応体制の立ち上げ」',
      href: '/guide/basic#basic-report-to-management',
    },
    auto: (p) => phoneOf(p, 'security-officer') && phoneOf(p, 'executive'),
    fillAt: '/prep/contacts',
  },
  {
    id: 'outside-contacts',
    text: '保守ベンダーなど、支援を頼む外部の連絡先を登録してある',
    guide: { label: '基本ステップ「調査・対応」', href: '/guide/basic#basic-ask-for-support' },
    auto: (p) => phoneOf(p, 'vendor') || phoneOf(p, 'otasuke'),
    fillAt: '/prep/contacts',
  },
  {
    id: 'network-cut',
    text: 'ネットワークの切り方と、切ってよい人を決めてある',
    guide: { label: '基本ステップ「初動対応」', href: '/guide/basic#basic-contain' },
    auto: (p) => Boolean(p.systems?.networkCut.trim()),
    fillAt: '/prep/systems',
  },
  {
    id: 'evidence',
    text: '電源を切らない・記録を消さないなど、証拠を残す初動を知っている',
    guide: { label: '基本ステップ「証拠の保全」', href: '/guide/basic#basic-preserve-evidence' },
  },
  {
    id: 'personal-data',
    text: '個人情報の種類・おおよその件数と保管場所を把握してある',
    guide: { label: '情報漏えい「初動対応」', href: '/guide/leak#leak-check-what-leaked' },
    auto: (p) => Boolean(p.systems?.personalData.trim()),
    fillAt: '/prep/systems',
  },
  {
    id: 'offline-backup',
    text: 'バックアップの1つは、普段はつながない媒体か別の場所にある',
    guide: {
      label: 'ランサムウェア「適切なバックアップ方法」',
      href: '/guide/ransomware#ransomware-restore-backup',
    },
    auto: (p) => p.systems?.offlineCopy === 'yes',
    fillAt: '/prep/systems',
  },
  {
    id: 'restore-test',
    text: 'バックアップから復元できるか、試したことがある',
    guide: {
      label: 'ランサムウェア「適切なバックアップ方法」',
      href: '/guide/ransomware#ransomware-restore-backup',
    },
    auto: (p) => Boolean(p.systems?.lastRestoreTest),
    fillAt: '/prep/systems',
  },
  {
    id: 'logs',
    text: 'サーバやネットワーク機器のログを取得し、残してある',
    guide: { label: '情報漏えい「調査・対応」', href: '/guide/leak#leak-check-access-logs' },
  },
  {
    id: 'bcp',
    text: 'システムの重要度と、止まったときの代わりの手段（BCP・IT-BCP）を決めてある',
    guide: { label: '用語の解説 ※4 事業継続計画（BCP）', href: '/guide/notes#note-bcp' },
  },
];

/** Which points are ready and which are missing, from the profile and the answers. Pure. */
export function readiness(p: PrepProfile, answers: Record<string, 'yes' | 'no'>) {
  const ready = (i: ReadinessItem) => (i.auto ? i.auto(p) : answers[i.id] === 'yes');
  const missing = READINESS_ITEMS.filter((i) => !ready(i));
  return { score: READINESS_ITEMS.length - missing.length, total: READINESS_ITEMS.length, missing };
}
