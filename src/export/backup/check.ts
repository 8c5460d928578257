import * as v from 'valibot';
import { BackupError } from './errors';
import { BACKUP_STORES, type BackupFileData, type BackupStore } from './format';
import { STORE_RULES } from './schema';
import { yieldToPage } from '../../lib/yield-to-page';
import { stripUnsafeRecord } from '../../lib/unsafe-text';

// Record-by-record checks of a backup's data: each record is valid on its own (schema),
// names only ids this app knows (content catalog, passed in), is not a duplicate and
// belongs to an incident that is itself restored. Invalid records are named, not fatal.

/** The content ids this app knows (the caller loads them from the content catalog). */
export interface KnownIds {
  types: ReadonlySet<string>;
  causes: ReadonlySet<string>;
  items: ReadonlySet<string>;
}

/** Why one record of a file cannot be restored. */
export type ProblemReason =
  | 'invalid'
  | 'unknown-type'
  | 'unknown-cause'
  | 'unknown-item'
  | 'duplicate'
  | 'orphan'
  | 'unlisted-file';

/** One record that will not be restored, with what names it for people. */
export interface RecordProblem {
  store: BackupStore;
  /** Position in the file's list of that store (0-based). */
  index: number;
  reason: ProblemReason;
  /** The offending field (for 'invalid') or the unknown id. */
  detail: string;
  /** The incident the record belongs to (its title as typed, '' when unknown). */
  incidentTitle: string;
}

/** Progress of a long restore: a phase and how far it got. */
export interface RestoreProgress {
  phase: 'check' | 'write';
  done: number;
  total: number;
}

/** The valid records of a file and the named problems of the others. */
export interface CheckedData {
  data: BackupFileData;
  problems: RecordProblem[];
  /** Records in the file, all stores. */
  total: number;
}

/** Records checked between two yields to the page (progress and input stay live). */
export const CHUNK = 2_000;

const asRecord = (r: unknown): Record<string, unknown> =>
  r !== null && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>) : {};
const text = (x: unknown) => (typeof x === 'string' ? x : '');

/** A record's primary key as one string (for duplicate checks). */
function keyString(store: BackupStore, r: Record<string, unknown>): string {
  return JSON.stringify(STORE_RULES[store].key.map((k) => r[k]));
}

/** The first id of `ids` the app does not know, if any. */
const unknownOf = (ids: unknown, known: ReadonlySet<string>) =>
  (ids as string[]).find((id) => !known.has(id));

/** The catalog check of one schema-valid record. */
function catalogProblem(
  store: BackupStore,
  r: Record<string, unknown>,
  known: KnownIds,
): [ProblemReason, string] | null {
  if (store === 'incidents') {
    const type = unknownOf(r.types, known.types);
    if (type !== undefined) return ['unknown-type', type];
    const cause = unknownOf(r.causes, known.causes);
    if (cause !== undefined) return ['unknown-cause', cause];
  }
  if (store === 'progress' && !known.items.has(r.itemId as string)) {
    return ['unknown-item', r.itemId as string];
  }
  return null;
}

/**
 * Checks every record of `raw` (the file's `data`, already guarded). Throws BackupError
 * only when the data as a whole is not backup data; everything else becomes a problem.
 */
export async function checkRecords(
  raw: unknown,
  known?: KnownIds,
  onProgress?: (p: RestoreProgress) => void,
): Promise<CheckedData> {
  const source = asRecord(raw);
  if (raw !== source) throw new BackupError('invalid', 'data');
  for (const store of Object.keys(source)) {
    if (!(BACKUP_STORES as readonly string[]).includes(store)) {
      throw new BackupError('invalid', `data.${store}`);
    }
  }
  const lists = BACKUP_STORES.map((store) => {
    const list = source[store] ?? [];
    if (!Array.isArray(list)) throw new BackupError('invalid', `data.${store}`);
    return [store, list as unknown[]] as const;
  });
  const total = lists.reduce((n, [, list]) => n + list.length, 0);
  const data = Object.fromEntries(BACKUP_STORES.map((s) => [s, []])) as unknown as BackupFileData;
  const problems: RecordProblem[] = [];
  const titles = new Map<string, string>();
  const restored = new Set<string>();
  /** Keys of the evidence records kept: a file must be one of them. */
  const listed = new Set<string>();
  let done = 0;

  for (const [store, list] of lists) {
    const seen = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      if (++done % CHUNK === 0) {
        onProgress?.({ phase: 'check', done, total });
        await yieldToPage();
      }
      const r = asRecord(list[index]);
      const incidentId = store === 'incidents' ? text(r.id) : text(r.incidentId);
      if (store === 'incidents') titles.set(incidentId, text(r.title));
      const problem = (reason: ProblemReason, detail: string) =>
        problems.push({
          store,
          index,
          reason,
          detail,
          incidentTitle: titles.get(incidentId) ?? '',
        });
      const result = v.safeParse(STORE_RULES[store].schema, list[index]);
      if (!result.success) {
        problem('invalid', v.getDotPath(result.issues[0]) ?? '');
        continue;
      }
      const found = known ? catalogProblem(store, r, known) : null;
      if (found) {
        problem(...found);
        continue;
      }
      const key = keyString(store, r);
      if (seen.has(key)) {
        problem('duplicate', '');
        continue;
      }
      seen.add(key);
      if (store !== 'incidents' && 'incidentId' in r && !restored.has(incidentId)) {
        problem('orphan', incidentId);
        continue;
      }
      if (store === 'evidence') listed.add(key);
      if (store === 'evidenceFiles' && !listed.has(key)) {
        problem('unlisted-file', '');
        continue;
      }
      if (store === 'incidents') restored.add(incidentId);
      // The record as parsed (the strict schema changed nothing), its text passed through the
      // one rule for control and bidi characters: a copy only when something was stripped.
      (data[store] as unknown[]).push(stripUnsafeRecord(store, list[index]));
    }
  }
  onProgress?.({ phase: 'check', done: total, total });
  return { data, problems, total };
}
