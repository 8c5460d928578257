// Small fixtures for the export tests (not shipped: only tests import this).
import type { ExportContent, IncidentSnapshot } from './types';
import type { TimelineEntry } from '../storage/schema';
import { sealEntry } from '../storage/chain';

/** The entries chained as the app writes them (in writing order), kept in the given order. */
export function chained(entries: TimelineEntry[]): TimelineEntry[] {
  const byWriting = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const sealed = new Map<string, TimelineEntry>();
  let previous: TimelineEntry | undefined;
  for (const e of byWriting) sealed.set(e.id, (previous = sealEntry(e, previous)));
  return entries.map((e) => sealed.get(e.id)!);
}

/** A little content: two record items are enough to check labels, all ten for order. */
export const content: ExportContent = {
  recordItems: [
    { id: 'classification', label: 'インシデントの分類' },
    { id: 'organization', label: '事業者' },
    { id: 'owners', label: '責任者・担当者' },
    { id: 'discovered-at', label: '発覚日時' },
    { id: 'occurred-at', label: '発生日時' },
    { id: 'event', label: '発生事象' },
    { id: 'progress', label: '対応経過' },
    { id: 'cause', label: '想定される原因' },
    { id: 'affected-systems', label: '被害を受けたシステムの状況' },
    { id: 'system-configuration', label: 'システム構成・運用状況' },
  ],
  fiveW1H: [
    { id: '5w1h-when', label: 'いつ' },
    { id: '5w1h-what', label: '何を' },
  ],
  typeTitles: { ransomware: 'ランサムウェア感染', leak: '情報漏えい' },
  causeTitles: { 'unauthorized-access': '不正アクセス' },
  phases: [
    {
      id: 'detect',
      title: '検知・初動対応',
      items: [
        { id: 'report-to-officer', text: '情報セキュリティ責任者に報告します。' },
        { id: 'isolate', text: '感染したパソコンをネットワークから切り離します。' },
      ],
    },
    {
      id: 'report',
      title: '報告・公表',
      items: [{ id: 'notify-ipa', text: 'IPAへ届け出ます。' }],
    },
    {
      id: 'recover',
      title: '復旧・再発防止',
      items: [{ id: 'prevent', text: '再発防止策を検討し、実施します。' }],
    },
  ],
};

const ID = 'inc-1';
const t = (iso: string) => iso;

/** A full incident: every record item, progress in each state, a corrected timeline. */
export const fullSnapshot: IncidentSnapshot = {
  incident: {
    id: ID,
    title: '経理PCのランサムウェア感染',
    types: ['ransomware', 'leak'],
    causes: ['unauthorized-access'],
    status: 'open',
    discoveredAt: t('2026-11-24T00:30:00Z'),
    createdAt: t('2026-11-24T00:35:00Z'),
    updatedAt: t('2026-11-24T03:00:00Z'),
    deletedAt: null,
  },
  fields: [
    ['classification', 'ランサムウェア感染'],
    ['organization', '株式会社サンプル商事'],
    ['owners', '情報システム課 山田'],
    ['occurred-at', '2026-11-23T22:00:00+09:00'],
    ['event', '経理PCの画面に身代金を要求するメッセージが表示された。\nファイルが開けない。'],
    ['progress', '別紙の時系列のとおり'],
    ['cause', 'VPN機器の脆弱性を悪用された可能性'],
    ['affected-systems', '経理PC 1台、ファイルサーバー'],
    ['system-configuration', 'Windows 11、NAS（社内LAN）、VPN装置 v1.2'],
    ['5w1h-what', '顧客の氏名と住所'],
  ].map(([fieldId, value]) => ({
    incidentId: ID,
    fieldId: fieldId!,
    value: value!,
    updatedAt: t('2026-11-24T01:00:00Z'),
    updatedBy: '山田',
  })),
  progress: [
    {
      incidentId: ID,
      itemId: 'report-to-officer',
      state: 'done',
      by: '山田',
      at: t('2026-11-24T00:40:00Z'),
      note: '',
      updatedAt: t('2026-11-24T00:40:00Z'),
    },
    {
      incidentId: ID,
      itemId: 'notify-ipa',
      state: 'not-applicable',
      by: '佐藤',
      at: t('2026-11-24T02:00:00Z'),
      note: '',
      updatedAt: t('2026-11-24T02:00:00Z'),
    },
    {
      incidentId: ID,
      itemId: 'prevent',
      state: 'open',
      by: '',
      at: '',
      note: 'VPN装置のファームウェアを更新する',
      updatedAt: t('2026-11-24T02:30:00Z'),
    },
  ],
  timeline: chained([
    {
      id: 'tl-2',
      incidentId: ID,
      at: t('2026-11-24T00:50:00Z'),
      createdAt: t('2026-11-24T00:51:00Z'),
      kind: 'note',
      text: 'LANケーブルを抜いた',
      by: '山田',
    },
    {
      id: 'tl-1',
      incidentId: ID,
      at: t('2026-11-24T00:30:00Z'),
      createdAt: t('2026-11-24T00:35:00Z'),
      kind: 'created',
      text: '記録を開始',
      by: '山田',
    },
    {
      id: 'tl-3',
      incidentId: ID,
      at: t('2026-11-24T01:10:00Z'),
      createdAt: t('2026-11-24T01:10:00Z'),
      kind: 'reporting',
      text: 'IPAへの届出が必要と判断',
      by: '佐藤',
    },
    {
      id: 'tl-4',
      incidentId: ID,
      at: t('2026-11-24T00:50:00Z'),
      createdAt: t('2026-11-24T02:00:00Z'),
      kind: 'correction',
      text: 'LANケーブルを抜いたのは 09:55',
      by: '山田',
      corrects: 'tl-2',
    },
  ]),
  reporting: [],
};

/** A just-created incident with nothing recorded. */
export const emptySnapshot: IncidentSnapshot = {
  incident: {
    id: 'inc-0',
    title: '',
    types: [],
    causes: [],
    status: 'open',
    discoveredAt: t('2026-11-25T00:00:00Z'),
    createdAt: t('2026-11-25T00:00:00Z'),
    updatedAt: t('2026-11-25T00:00:00Z'),
    deletedAt: null,
  },
  fields: [],
  progress: [],
  timeline: [],
  reporting: [],
};

/** The instant the summaries are made in the tests. */
export const NOW = '2026-11-25T03:15:00Z';
