import { stripUnsafeChars } from './escape';
import { jstDate } from '../lib/jst';
import { firstReportText, handoverText, laterReportText, ppcReportText } from './reports';
import { buildSummaryModel, type SummaryModel } from './summary';
import { summaryMarkdown } from './summary-markdown';
import { summaryFullText, summaryShortText } from './summary-text';
import type { ExportContent, ExportKind, IncidentSnapshot } from './types';

/** A built document: its text and how to name it as a file. */
export interface ExportDocument {
  kind: ExportKind;
  label: string;
  text: string;
  filename: string;
  mime: 'text/plain' | 'text/markdown';
}

/** The formats, in the order the share page offers them. */
export const EXPORT_KINDS: { kind: ExportKind; label: string; file: string }[] = [
  { kind: 'summary-short', label: '概要（短い）', file: '概要' },
  { kind: 'summary-full', label: '概要（全文）', file: '概要_全文' },
  { kind: 'markdown', label: 'Markdown', file: '概要' },
  { kind: 'first-report', label: '第一報', file: '第一報' },
  { kind: 'later-report', label: '第二報・最終報', file: '第二報・最終報' },
  { kind: 'ppc', label: '個人情報保護委員会向け', file: '個人情報保護委員会向け' },
  { kind: 'handover', label: '引継ぎ', file: '引継ぎ' },
];

const RENDER: Record<ExportKind, (m: SummaryModel) => string> = {
  'summary-short': summaryShortText,
  'summary-full': summaryFullText,
  markdown: summaryMarkdown,
  'first-report': firstReportText,
  'later-report': laterReportText,
  ppc: ppcReportText,
  handover: handoverText,
};

/** A file name safe on every system: no path or reserved characters, at most 60 chars. */
export function safeFileName(text: string): string {
  const cleaned = Array.from(text, (c) => (c.charCodeAt(0) < 32 || c === '\u007f' ? '_' : c))
    .join('')
    .replace(/[\\/:*?"<>|_]+/g, '_')
    .replace(/\s+/g, '_')
    .replace(/^[._]+/, '');
  return Array.from(cleaned).slice(0, 60).join('') || 'incident';
}

/** Build one document of an incident at `nowIso`. Pure. */
export function buildExport(
  kind: ExportKind,
  snap: IncidentSnapshot,
  content: ExportContent,
  nowIso: string,
): ExportDocument {
  const meta = EXPORT_KINDS.find((k) => k.kind === kind) ?? EXPORT_KINDS[0]!;
  // The company from 備え is typed by a person too: cleaned like the record.
  const company = cleanStrings(content.company ?? null);
  const model = buildSummaryModel(cleanStrings(snap), { ...content, company }, nowIso);
  const md = kind === 'markdown';
  const date = jstDate(nowIso);
  return {
    kind,
    label: meta.label,
    text: RENDER[kind](model),
    filename: `${safeFileName(`${meta.file}_${model.title}_${date}`)}.${md ? 'md' : 'txt'}`,
    mime: md ? 'text/markdown' : 'text/plain',
  };
}

/** A copy of the snapshot with every string passed through stripUnsafeChars. */
function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return stripUnsafeChars(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (value && typeof value === 'object') {
    // fromEntries defines own properties, so a '__proto__' key stays a plain key.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}
