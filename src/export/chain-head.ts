import type { TimelineEntry } from '../storage/schema';
import { verifyChains, type ChainReport } from '../storage/chain';
import { formatJst } from '../lib/jst';

/** How many hex digits of a hash are printed as its short form. */
export const SHORT_HASH_LENGTH = 12;

/** The short form of a SHA-256 hex (its first 12 digits). */
export const shortHash = (hash: string): string => hash.slice(0, SHORT_HASH_LENGTH);

const REASONS: Record<Exclude<ChainReport, { ok: true }>['reason'], string> = {
  changed: 'この記録の内容が、書かれたあとに変更されています',
  order: 'この記録より前の記録が、変更されたか入れ替えられています',
  'missing-before': 'この記録より前の記録が削除されています',
  unchained: '検証値のない記録が加えられています',
};

/** Where and why the chain breaks, in plain Japanese (for the page and the exports). */
export function chainBreakText(report: Exclude<ChainReport, { ok: true }>): string {
  const e = report.at;
  const quote = Array.from(e.text).slice(0, 30).join('');
  return (
    `${formatJst(e.createdAt)} に書かれた記録「${quote}」から先は確認できません。` +
    `${REASONS[report.reason]}（${report.count}件中 ${report.checked}件は確認済み）。`
  );
}

/**
 * The line that anchors a copy of the record outside the phone: the chain head's short hash
 * and time, or where the chain breaks. Printed in 第一報, 最終報, 引継ぎ and the summaries.
 */
export function chainHeadLine(timeline: readonly TimelineEntry[]): string {
  let line = checked.get(timeline);
  if (line === undefined) checked.set(timeline, (line = headLine(timeline)));
  return line;
}

// A snapshot's timeline is read once and never changed: each format built from it reuses the
// check (1,000 entries hash in several milliseconds).
const checked = new WeakMap<readonly TimelineEntry[], string>();

function headLine(timeline: readonly TimelineEntry[]): string {
  const report = verifyChains(timeline);
  if (!report.ok) return `記録の検証: 連続性が崩れています。${chainBreakText(report)}`;
  if (!report.head?.hash) return '記録の検証値: （記録なし）';
  return (
    `記録の検証値: ${shortHash(report.head.hash)}` +
    `（${formatJst(report.head.createdAt)} までの ${report.count}件）`
  );
}
