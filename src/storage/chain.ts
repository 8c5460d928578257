// The tamper-evident timeline: every entry carries the hash of the incident's previous entry
// and its own hash over a canonical encoding of its content (one chain per incident).
import type { TimelineEntry } from './schema';
import { sha256Hex } from './sha256';

/** The previous hash of an incident's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level and undefined values left out. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const utf8 = new TextEncoder();

/**
 * The hash of an entry: SHA-256 of the UTF-8 canonical JSON of every field but `hash` and `via`
 * (set by the phone that received the entry from another one).
 */
export function entryHash(entry: TimelineEntry): string {
  // An undefined field is left out of the encoding; `delete` would make the copy a slow
  // dictionary-mode object.
  return sha256Hex(utf8.encode(canonicalJson({ ...entry, hash: undefined, via: undefined })));
}

/** Links an entry after `previous` (or as the first): sets seq, prevHash and hash. */
export function sealEntry(
  entry: TimelineEntry,
  previous: TimelineEntry | undefined,
): TimelineEntry {
  const linked: TimelineEntry = {
    ...entry,
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  delete linked.hash;
  return { ...linked, hash: entryHash(linked) };
}

/**
 * Chains one incident's entries written before the chain existed, once, in the order they
 * were written, each marked `legacy` with the time of chaining (the v2 upgrade, a v1 backup).
 */
export function sealLegacy(entries: readonly TimelineEntry[], chainedAt: string): TimelineEntry[] {
  return [...sealingLegacy(entries, chainedAt)];
}

/** sealLegacy one entry at a time (a caller with many entries pauses between them). */
export function* sealingLegacy(
  entries: readonly TimelineEntry[],
  chainedAt: string,
): Generator<TimelineEntry> {
  const ordered = [...entries].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  let previous: TimelineEntry | undefined;
  for (const e of ordered)
    yield (previous = sealEntry({ ...e, legacy: true, chainedAt }, previous));
}

/** Why the chain breaks at an entry. */
export type ChainBreakReason = 'changed' | 'missing-before' | 'unchained' | 'order';

/** The state of one incident's chain. */
export type ChainReport =
  | { ok: true; count: number; head?: TimelineEntry }
  | { ok: false; count: number; at: TimelineEntry; reason: ChainBreakReason; checked: number };

/**
 * Checks one incident's chain (entries in any order): each entry's hash matches its content,
 * its seq follows the one before and its prevHash is that entry's hash. Detects a changed,
 * removed (before the last), reordered or inserted entry. Reports the first break in chain order.
 */
export function verifyChain(
  entries: readonly TimelineEntry[],
  hashOf: (entry: TimelineEntry) => string = entryHash,
): ChainReport {
  const unchained = entries.find((e) => e.hash === undefined || e.seq === undefined);
  const sorted = entries
    .filter((e) => e !== unchained && e.seq !== undefined)
    .sort((a, b) => a.seq! - b.seq! || a.createdAt.localeCompare(b.createdAt));
  let previous: TimelineEntry | undefined;
  for (const [i, entry] of sorted.entries()) {
    const fail = (reason: ChainBreakReason) =>
      ({ ok: false, count: entries.length, at: entry, reason, checked: i }) as const;
    if (hashOf(entry) !== entry.hash) return fail('changed');
    if (entry.seq !== i + 1) return fail(entry.seq! > i + 1 ? 'missing-before' : 'order');
    if (entry.prevHash !== (previous?.hash ?? GENESIS_HASH)) return fail('order');
    previous = entry;
  }
  if (unchained) {
    return {
      ok: false,
      count: entries.length,
      at: unchained,
      reason: 'unchained',
      checked: sorted.length,
    };
  }
  return { ok: true, count: entries.length, head: previous };
}

/** The last entry of the chain (highest seq), or undefined for none. */
export function chainHead(entries: readonly TimelineEntry[]): TimelineEntry | undefined {
  let head: TimelineEntry | undefined;
  for (const e of entries) if (e.seq !== undefined && (!head || e.seq > head.seq!)) head = e;
  return head;
}

/** The chain an entry belongs to: the device that wrote it ('' for this phone). */
export const chainOf = (entry: TimelineEntry): string => entry.via?.device ?? '';

/**
 * Checks every device's chain on its own (team mode: each phone chains its own entries). The
 * first break is reported; when all hold, `count` is every entry and `head` this phone's head.
 */
export function verifyChains(
  entries: readonly TimelineEntry[],
  /** Each entry's hash over its content (computed ahead by a caller that pauses). */
  hashOf: (entry: TimelineEntry) => string = entryHash,
): ChainReport {
  const groups = new Map<string, TimelineEntry[]>();
  for (const e of entries) {
    const list = groups.get(chainOf(e));
    if (list) list.push(e);
    else groups.set(chainOf(e), [e]);
  }
  let own: TimelineEntry | undefined;
  for (const [device, list] of groups) {
    const report = verifyChain(list, hashOf);
    if (!report.ok) return { ...report, count: entries.length };
    if (device === '') own = report.head;
  }
  return { ok: true, count: entries.length, head: own };
}
