// The formats the share page offers (apart from the builders, so the page loads no builder).
import type { ExportKind } from './types';

/** One format the share page offers; `causes`: offered only when one of them is chosen. */
export interface ExportKindInfo {
  kind: ExportKind;
  label: string;
  file: string;
  causes?: string[];
}

/** The formats, in the order the share page offers them. */
export const EXPORT_KINDS: ExportKindInfo[] = [
  { kind: 'summary-short', label: '概要（短い）', file: '概要' },
  { kind: 'summary-full', label: '概要（全文）', file: '概要_全文' },
  { kind: 'markdown', label: 'Markdown', file: '概要' },
  { kind: 'first-report', label: '第一報', file: '第一報' },
  { kind: 'later-report', label: '第二報・最終報', file: '第二報・最終報' },
  { kind: 'ppc', label: '個人情報保護委員会向け', file: '個人情報保護委員会向け' },
  { kind: 'handover', label: '引継ぎ', file: '引継ぎ' },
  {
    kind: 'deletion-request',
    label: '削除依頼メール（誤送信）',
    file: '削除依頼',
    causes: ['misdelivery'],
  },
];

/** The formats that fit an incident of these causes. */
export const kindsFor = (causes: readonly string[]): ExportKindInfo[] =>
  EXPORT_KINDS.filter((k) => !k.causes || k.causes.some((c) => causes.includes(c)));
