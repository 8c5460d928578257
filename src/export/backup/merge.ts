import { toTime } from '../../lib/jst';
import { BACKUP_STORES, type BackupStore } from './format';
import type { MergeRule, RestoreCounts } from '../../storage/backup-stores';

export { emptyCounts, type RestoreCounts } from '../../storage/backup-stores';

/** The time that decides which copy is newer, per store. */
function stampOf(store: BackupStore, record: object): number | null {
  const r = record as { updatedAt?: string; createdAt?: string };
  return toTime(store === 'timeline' ? r.createdAt : r.updatedAt);
}

/**
 * Merge by id: a record missing on the device is added; an existing one is replaced only
 * when the file's copy is strictly newer (updatedAt; createdAt for the append-only
 * timeline). Settings are this device's own (its backup reminder, its responder's name,
 * its trash index): never taken from a file, even when missing here; only the kept drill
 * debriefs are added to this device's (storage does that, by drill). Nothing is deleted.
 */
export const decide: MergeRule = (store, existing, incoming) => {
  if (store === 'settings') return 'keep';
  if (existing === undefined) return 'add';
  const mine = stampOf(store, existing);
  const theirs = stampOf(store, incoming);
  if (theirs === null) return 'keep';
  return mine === null || theirs > mine ? 'update' : 'keep';
};

/** A calm Japanese sentence of what a restore did. */
export function describeRestore(counts: RestoreCounts): string {
  const parts = (c: Record<BackupStore, number>) => {
    // The parts of incidents: every store but the incidents, settings and 備え (named apart).
    const records = BACKUP_STORES.reduce(
      (n, s) =>
        s === 'incidents' || s === 'settings' || s === 'prep' || s === 'evidenceFiles'
          ? n
          : n + c[s],
      0,
    );
    return [
      c.incidents ? `対応記録 ${c.incidents}件` : '',
      records ? `記録の項目・チェック・経過など ${records}件` : '',
      c.settings ? `設定 ${c.settings}件` : '',
      c.prep ? `備え ${c.prep}件` : '',
      c.evidenceFiles ? `証拠のファイル ${c.evidenceFiles}件（SHA-256 確認済み）` : '',
    ].filter(Boolean);
  };
  const added = parts(counts.added);
  const updated = parts(counts.updated);
  const lines = [
    added.length ? `追加: ${added.join('、')}` : '',
    updated.length ? `更新: ${updated.join('、')}` : '',
    counts.debriefs ? `訓練のふりかえり ${counts.debriefs}件をこれまでの訓練に加えました` : '',
    counts.keptNewerPrep
      ? `平時の備えは、この端末の方が新しい ${counts.keptNewerPrep}件をそのままにしました`
      : '',
  ].filter(Boolean);
  return lines.length
    ? `復元しました。${lines.join('。')}。`
    : '復元しました。この端末の記録はすでに最新で、変更はありませんでした。';
}
