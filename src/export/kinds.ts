// The formats the share page offers (apart from the builders, so the page loads no builder).
import type { ExportKind } from './types';

/**
 * One format the share page offers; `causes`: offered only when one of them is chosen;
 * `anyLanguage`: may be written in any language of the app (the others are addressed to
 * Japanese authorities and partners and stay Japanese).
 */
export interface ExportKindInfo {
  kind: ExportKind;
  label: string;
  file: string;
  causes?: string[];
  anyLanguage?: true;
}

/** The formats, in the order the share page offers them. */
export const EXPORT_KINDS: ExportKindInfo[] = [
  { kind: 'summary-short', label: '概要（短い）', file: '概要', anyLanguage: true },
  { kind: 'summary-full', label: '概要（全文）', file: '概要_全文', anyLanguage: true },
  { kind: 'markdown', label: 'Markdown', file: '概要', anyLanguage: true },
  { kind: 'first-report', label: '第一報', file: '第一報' },
  { kind: 'later-report', label: '第二報・最終報', file: '第二報・最終報' },
  { kind: 'ppc', label: '個人情報保護委員会向け', file: '個人情報保護委員会向け' },
  { kind: 'handover', label: '引継ぎ', file: '引継ぎ', anyLanguage: true },
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

/** True for a format that may be written in any language (the summaries and 引継ぎ). */
export const isAnyLanguage = (kind: ExportKind): boolean =>
  EXPORT_KINDS.some((k) => k.kind === kind && k.anyLanguage);
