// The merge rules of team mode, as pure functions: the later change wins by (time, device), and
// the value that loses on the phone that wrote it is kept there as a 'conflict' timeline entry.
import type { Decision, RemoteRecord } from '../storage/sync-apply';
import type { FieldValue, Incident, ProgressEntry, ReportingEntry } from '../storage/schema';
import type { PrepRecord } from '../storage/prep-schema';
import { canonicalJson } from '../storage/chain';

/** A 備え record's content without its time (what a person changed). */
const prepContent = (r: PrepRecord): string => canonicalJson({ ...r, updatedAt: undefined });

/** Whether a 備え record holds anything a person typed or answered (an empty one loses nothing). */
function hasPrepContent(r: PrepRecord): boolean {
  return Object.entries(r).some(([k, v]) =>
    ['id', 'kind', 'role', 'updatedAt'].includes(k)
      ? false
      : typeof v === 'string'
        ? v !== ''
        : Object.keys(v as object).length > 0,
  );
}

/** When and where a value was written: the order of last-writer-wins. */
export interface Stamp {
  at: string;
  device: string;
}

/** Whether `a` is later than `b` (same time: the greater device id wins, on every phone alike). */
export const later = (a: Stamp, b: Stamp): boolean =>
  a.at !== b.at ? a.at > b.at : a.device > b.device;

/** The latest of several revisions of one document, and the others. */
export function pickWinner<T extends Stamp>(revisions: readonly T[]): { winner: T; losers: T[] } {
  let winner = revisions[0]!;
  for (const r of revisions.slice(1)) if (later(r, winner)) winner = r;
  return { winner, losers: revisions.filter((r) => r !== winner) };
}

/** The header of an incident without its activity time (what a person changes). */
export function headerFingerprint(incident: Incident): string {
  return canonicalJson({ ...incident, updatedAt: undefined });
}

/** The header as it was last sent or received: its fingerprint and stamp. */
export interface SyncedHeader extends Stamp {
  fp: string;
}

const STATE_JA: Record<ProgressEntry['state'], string> = {
  done: '完了',
  'not-applicable': '該当なし',
  open: '未完了',
};
const STATUS_JA: Record<Incident['status'], string> = {
  open: '対応中',
  recovered: '復旧済み',
  closed: '完了',
};

/** What a person changed in a record, for comparing two versions of it. */
export function valueOf(r: RemoteRecord): string {
  switch (r.type) {
    case 'field':
      return r.record.value;
    case 'progress':
      return canonicalJson([r.record.state, r.record.note, r.record.at]);
    case 'reporting':
      return canonicalJson([r.record.value, r.record.status, r.record.doneAt, r.record.memo]);
    case 'incident':
      return headerFingerprint(r.record);
    default:
      return canonicalJson(r.record);
  }
}

/** Names a record item for a person (checklist item title, record item label…); ids by default. */
export type Labeler = (r: RemoteRecord) => string;

/** The losing value in words, as its conflict entry says it. */
export function describe(r: RemoteRecord, label: Labeler): string {
  switch (r.type) {
    case 'field':
      return `「${label(r)}」: ${r.record.value}`;
    case 'progress': {
      const note = r.record.note ? `（メモ: ${r.record.note}）` : '';
      return `「${label(r)}」: ${STATE_JA[r.record.state]}${note}`;
    }
    case 'reporting': {
      const done = r.record.status ? `（${r.record.status === 'done' ? '済み' : '未'}）` : '';
      return `「${label(r)}」: ${r.record.value}${done}${r.record.memo ? ` ${r.record.memo}` : ''}`;
    }
    case 'incident':
      return `件名「${r.record.title}」、状況: ${STATUS_JA[r.record.status]}`;
    default:
      return label(r);
  }
}

/** What the merge needs to know besides the two records. */
export interface MergeContext {
  /** This phone's device id. */
  me: string;
  /** The other phone's name (for the conflict entry). */
  remoteName: string;
  label: Labeler;
  /** Incidents only: the header as last synced here (undefined: never). */
  synced?: SyncedHeader;
}

/** The stored record of the same kind as `remote`, seen as a record. */
const asRecord = (type: RemoteRecord['type'], local: unknown) =>
  ({ type, record: local }) as RemoteRecord;

/** The person who wrote a stored value. */
function authorOf(r: RemoteRecord): string {
  switch (r.type) {
    case 'field':
      return (r.record as FieldValue).updatedBy;
    case 'progress':
      return (r.record as ProgressEntry).by;
    default:
      return '';
  }
}

/**
 * Decides one remote record against the stored one: take it when it is later by (time, device);
 * when it replaces a different value this phone wrote itself, that value is kept in a conflict entry.
 * A stored value from a third phone is not recorded here (its own phone records it).
 */
export function decide(
  remote: RemoteRecord,
  stamp: Stamp,
  local: unknown,
  ctx: MergeContext,
): Decision {
  if (local === undefined) return { take: true };
  const mine = asRecord(remote.type, local);
  if (remote.type === 'prep') {
    const stored = local as PrepRecord;
    if (remote.record.updatedAt <= stored.updatedAt) return { take: false };
    if (prepContent(stored) === prepContent(remote.record) || !hasPrepContent(stored)) {
      return { take: true };
    }
    // 備え has no timeline and no author: the replaced record is kept by applyRemote.
    const text = `別の端末（${ctx.remoteName}）の変更で置き換わりました`;
    return { take: true, conflict: { text, by: '' } };
  }
  const same = valueOf(mine) === valueOf(remote);
  let localStamp: Stamp;
  let own: boolean;
  if (remote.type === 'incident') {
    const fp = headerFingerprint(local as Incident);
    // Unchanged since the last sync: the synced stamp; changed here since: this phone's time.
    own = !ctx.synced || ctx.synced.fp !== fp;
    localStamp = own ? { at: (local as Incident).updatedAt, device: ctx.me } : ctx.synced!;
    if (same) return { take: true };
  } else {
    const rec = local as FieldValue | ProgressEntry | ReportingEntry;
    own = rec.device === undefined;
    localStamp = { at: rec.updatedAt, device: rec.device ?? ctx.me };
    if (same) return { take: later(stamp, localStamp) };
  }
  if (!later(stamp, localStamp)) return { take: false };
  const blank = remote.type === 'field' && (local as FieldValue).value.trim() === '';
  if (!own || blank) return { take: true };
  return {
    take: true,
    conflict: {
      text: `別の端末（${ctx.remoteName}）でも同じ項目が変更され、そちらの方が新しいため置き換わりました。この端末での内容: ${describe(mine, ctx.label)}`,
      by: authorOf(mine),
    },
  };
}
