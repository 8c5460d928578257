// The 「報告・届出と期限」 section of every export, live from the answers and statuses in
// the snapshot (not only the decision last recorded in the timeline). The rules are
// content: the caller passes in `reportingOutline` (features/reporting/outline.ts).
import { toRecord, type ReportingRecord } from '../storage/reporting-repo';
import type { Incident } from '../storage/schema';
import { escapeMarkdownInline as esc } from './escape';
import type { IncidentSnapshot } from './types';

/** One destination as a line: its title and what to say about it. */
export interface ReportingLine {
  title: string;
  /** Deadlines and statuses (owed), the deciding questions (open), or 報告不要 (not needed). */
  detail: string;
}

/** What the section shows, already in words (dates in JST with weekday). */
export interface ReportingOutline {
  /** The nearest open deadline, e.g. 「個人情報保護委員会への報告 速報 2026年11月27日（金）まで（あと 1 日）」; '' when none. */
  nearest: string;
  /** Owed on firm answers. */
  owed: ReportingLine[];
  /** Owed only because of 「わからない」 or unanswered questions: answering decides them. */
  open: ReportingLine[];
  notNeeded: ReportingLine[];
  /** False until 「個人情報は含まれますか？」 is answered. */
  checked: boolean;
}

/** Turns an incident's reporting record into the outline at `nowIso` (the rules live with the caller). */
export type ReportingOutlineOf = (
  record: ReportingRecord,
  incident: Pick<Incident, 'discoveredAt' | 'types' | 'causes'>,
  nowIso: string,
) => ReportingOutline;

/** The outline of a snapshot, or null when the caller passed no rules. */
export function reportingOf(
  snap: IncidentSnapshot,
  outlineOf: ReportingOutlineOf | undefined,
  nowIso: string,
): ReportingOutline | null {
  return outlineOf ? outlineOf(toRecord(snap.reporting), snap.incident, nowIso) : null;
}

export const REPORTING_HEADING = '報告・届出と期限';

const UNCHECKED =
  '報告・届出の確認がまだです（個人情報が含まれるかが未回答のため、念のための扱いです）。';

/** The section as plain-text lines (`short`: a few lines for a chat message). */
export function reportingSectionText(
  o: ReportingOutline | null,
  { short = false }: { short?: boolean } = {},
): string[] {
  if (!o) return [];
  const lines = [
    short ? `${REPORTING_HEADING}:` : `■ ${REPORTING_HEADING}（現在の答えと対応状況から）`,
  ];
  if (!o.checked) lines.push(UNCHECKED);
  if (o.nearest) lines.push(`次の期限: ${o.nearest}`);
  if (short) {
    if (o.owed.length) lines.push(`必要: ${o.owed.map((l) => l.title).join('、')}`);
    if (o.open.length) lines.push(`答えると決まるもの: ${o.open.length}件`);
    return lines;
  }
  lines.push(`必要（${o.owed.length}件）:`, ...bullets(o.owed, '（なし）'));
  if (o.open.length) lines.push('答えると決まります:', ...bullets(o.open, ''));
  lines.push(`不要（${o.notNeeded.length}件）:`, ...bullets(o.notNeeded, '（なし）'));
  return lines;
}

function bullets(items: ReportingLine[], none: string): string[] {
  if (items.length === 0) return none ? [none] : [];
  return items.map((l) => `・${l.title}: ${l.detail}`);
}

/** The section as Markdown lines. */
export function reportingSectionMarkdown(o: ReportingOutline | null): string[] {
  if (!o) return [];
  const item = (l: ReportingLine) => `- **${esc(l.title)}**: ${esc(l.detail)}`;
  const out = [`## ${REPORTING_HEADING}`, '', '（現在の答えと対応状況から）', ''];
  if (!o.checked) out.push(esc(UNCHECKED), '');
  if (o.nearest) out.push(`**次の期限**: ${esc(o.nearest)}`, '');
  out.push(
    `### 必要（${o.owed.length}件）`,
    '',
    ...(o.owed.length ? o.owed.map(item) : ['（なし）']),
  );
  if (o.open.length) out.push('', '### 答えると決まります', '', ...o.open.map(item));
  out.push('', `### 不要（${o.notNeeded.length}件）`, '');
  out.push(...(o.notNeeded.length ? o.notNeeded.map(item) : ['（なし）']), '');
  return out;
}

/** The section as a block of plain-text lines after a blank line (nothing without rules). */
export function reportingBlock(o: ReportingOutline | null): string[] {
  return o ? ['', ...reportingSectionText(o)] : [];
}

/** The section after a letter to customers or partners: marked as an internal note to delete. */
export function internalReportingSection(o: ReportingOutline | null): string[] {
  if (!o) return [];
  return [
    '',
    '――――― ここから下は社内用のメモです。送る前に削除してください ―――――',
    ...reportingBlock(o),
  ];
}
