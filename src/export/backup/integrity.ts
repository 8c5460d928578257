// Before anything is written: every evidence file of a backup must hash to the SHA-256
// recorded with it (and in the timeline entry that the chain covers), and each incident's
// timeline chain is verified and reported. A file that fails the evidence check is refused.
import { entryHash, sealingLegacy, verifyChains } from '../../storage/chain';
import type { TimelineEntry } from '../../storage/schema';
import { sha256Hex } from '../../lib/digest';
import { chainBreakText, type ChainBreak } from '../chain-head';
import { fromBase64 } from './base64';
import { BackupError } from './errors';
import type { BackupData, BackupFileData } from './format';
import { CHUNK } from './check';
import { yieldToPage } from '../../lib/yield-to-page';

/** What the checks found, for the restore screen. */
export interface BackupIntegrity {
  /** Evidence files whose bytes match their SHA-256. */
  filesVerified: number;
  /** Evidence records whose file the backup does not carry (made without evidence files). */
  filesAbsent: number;
  /** Incidents whose timeline chain verified. */
  chainsIntact: number;
  /**
   * Incidents whose chain is broken in the file: their title, where it breaks (the report, to
   * word it in the language on screen with chainBreakText) and that in Japanese.
   */
  chainsBroken: { incidentTitle: string; report: ChainBreak; text: string }[];
  /** Entries written before the chain existed (a version-1 file), chained as they are restored. */
  legacyChained: number;
}

const keyOf = (r: { incidentId: string; id: string }) => `${r.incidentId}\u0000${r.id}`;

/**
 * Decodes and hashes every evidence file against its record and its timeline entry; throws
 * BackupError('evidence-tampered') at the first mismatch. Returns the files as Blobs.
 */
async function verifyEvidence(data: BackupFileData): Promise<BackupData['evidenceFiles']> {
  const metas = new Map(data.evidence.map((m) => [keyOf(m), m]));
  const entries = new Map(data.timeline.map((e) => [e.id, e]));
  for (const meta of data.evidence) {
    const entry = entries.get(meta.timelineId);
    if (entry && entry.evidence?.sha256 !== meta.sha256) {
      throw new BackupError('evidence-tampered', '', { fileName: meta.name });
    }
  }
  const files: BackupData['evidenceFiles'] = [];
  for (const file of data.evidenceFiles) {
    // check.ts kept only files listed in `evidence`.
    const meta = metas.get(keyOf(file))!;
    const bytes = fromBase64(file.base64);
    if (!bytes || bytes.length !== meta.size || (await sha256Hex(bytes)) !== meta.sha256) {
      throw new BackupError('evidence-tampered', '', { fileName: meta.name });
    }
    files.push({
      incidentId: file.incidentId,
      id: file.id,
      blob: new Blob([bytes], { type: meta.type }),
    });
  }
  return files;
}

/** Timeline entries by incident id. */
function groupByIncident(timeline: readonly TimelineEntry[]): Map<string, TimelineEntry[]> {
  const groups = new Map<string, TimelineEntry[]>();
  for (const e of timeline) {
    const list = groups.get(e.incidentId);
    if (list) list.push(e);
    else groups.set(e.incidentId, [e]);
  }
  return groups;
}

/**
 * Chains, once and as the version-2 upgrade does, the unchained entries of a version-1 file,
 * CHUNK entries between two yields to the page. Returns the entries and the hashes it computed.
 */
async function chainLegacy(
  timeline: TimelineEntry[],
  now: string,
): Promise<{ entries: TimelineEntry[]; sealed: Map<TimelineEntry, string> }> {
  const entries: TimelineEntry[] = [];
  const sealed = new Map<TimelineEntry, string>();
  for (const group of groupByIncident(timeline).values()) {
    if (group.some((e) => e.hash !== undefined)) {
      for (const e of group) entries.push(e);
      continue;
    }
    for (const e of sealingLegacy(group, now)) {
      entries.push(e);
      sealed.set(e, e.hash!);
      if (sealed.size % CHUNK === 0) await yieldToPage();
    }
  }
  return { entries, sealed };
}

/** Adds every entry's hash over its content to `hashes` (those sealed here are there already),
 * CHUNK entries between two yields to the page. */
async function hashAll(
  entries: readonly TimelineEntry[],
  hashes: Map<TimelineEntry, string>,
): Promise<Map<TimelineEntry, string>> {
  let done = 0;
  for (const e of entries) {
    if (hashes.has(e)) continue;
    hashes.set(e, entryHash(e));
    if (++done % CHUNK === 0) await yieldToPage();
  }
  return hashes;
}

/**
 * Verifies a checked file's evidence (refusing a changed file) and reports each incident's
 * chain. A version-1 file's timeline is chained here (marked legacy), so it restores chained.
 * Returns the records to restore, evidence files as Blobs.
 */
export async function verifyBackupIntegrity(
  data: BackupFileData,
  formatVersion: number,
  now: string,
): Promise<{ data: BackupData; integrity: BackupIntegrity }> {
  const evidenceFiles = await verifyEvidence(data);
  // A large timeline is hashed in slices: the page keeps painting and answering input.
  const { entries: legacy, sealed } =
    formatVersion < 2
      ? await chainLegacy(data.timeline, now)
      : { entries: data.timeline, sealed: new Map<TimelineEntry, string>() };
  const hashes = await hashAll(legacy, sealed);
  const titles = new Map(data.incidents.map((i) => [i.id, i.title]));
  const integrity: BackupIntegrity = {
    filesVerified: evidenceFiles.length,
    filesAbsent: data.evidence.length - evidenceFiles.length,
    chainsIntact: 0,
    chainsBroken: [],
    legacyChained: formatVersion < 2 ? data.timeline.filter((e) => e.hash === undefined).length : 0,
  };
  for (const [incidentId, entries] of groupByIncident(legacy)) {
    const report = verifyChains(entries, (e) => hashes.get(e) ?? entryHash(e));
    if (report.ok) integrity.chainsIntact++;
    else {
      integrity.chainsBroken.push({
        incidentTitle: titles.get(incidentId) ?? '',
        report,
        text: chainBreakText(report),
      });
    }
  }
  return { data: { ...data, timeline: legacy, evidenceFiles }, integrity };
}
