import type { TimelineEntry } from '../storage/schema';
import { verifyChains, type ChainReport } from '../storage/chain';
import { formatDate, JAPANESE, type SummaryWords } from './words';

/** How many hex digits of a hash are printed as its short form. */
export const SHORT_HASH_LENGTH = 12;

/** The short form of a SHA-256 hex (its first 12 digits). */
export const shortHash = (hash: string): string => hash.slice(0, SHORT_HASH_LENGTH);

/** A chain check that found a break. */
export type ChainBreak = Exclude<ChainReport, { ok: true }>;

/** Where and why the chain breaks, in plain words (Japanese unless `w` says otherwise). */
export function chainBreakText(report: ChainBreak, w: SummaryWords = JAPANESE): string {
  const e = report.at;
  const quote = Array.from(e.text).slice(0, 30).join('');
  return w.chainBreak(
    formatDate(e.createdAt, w),
    quote,
    w.chainReasons[report.reason],
    report.count,
    report.checked,
  );
}

/**
 * The line that anchors a copy of the record outside the phone: the chain head's short hash
 * and time, or where the chain breaks. Printed in 第一報, 最終報, 引継ぎ and the summaries.
 */
export function chainHeadLine(
  timeline: readonly TimelineEntry[],
  w: SummaryWords = JAPANESE,
): string {
  let report = checked.get(timeline);
  if (report === undefined) checked.set(timeline, (report = verifyChains(timeline)));
  if (!report.ok) return w.chainBroken(chainBreakText(report, w));
  if (!report.head?.hash) return w.chainNone;
  return w.chainHead(
    shortHash(report.head.hash),
    formatDate(report.head.createdAt, w),
    report.count,
  );
}

// A snapshot's timeline is read once and never changed: each format built from it reuses the
// check (1,000 entries hash in several milliseconds).
const checked = new WeakMap<readonly TimelineEntry[], ChainReport>();
