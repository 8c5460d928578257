import type { ProblemReason, RecordProblem } from './check';
import type { BackupStore } from './format';

/** What people call the records of each store (one entry per store of the backup). */
export const STORE_LABELS: Record<BackupStore, string> = {
  incidents: '対応記録',
  fields: '記録の項目',
  progress: 'チェック項目',
  timeline: '対応経過',
  reporting: '報告・届出の記録',
  drafts: '共有・出力の下書き',
  prep: '平時の備え',
  settings: '設定',
  evidence: '証拠の記録',
  evidenceFiles: '証拠のファイル',
};

/** Why a record is not restored, in Japanese; `{id}` stands for the problem's detail. */
const REASONS: Record<ProblemReason, string> = {
  invalid: '内容に正しくない部分があります（{id}）',
  'unknown-type': 'このアプリにない種類「{id}」が含まれています',
  'unknown-cause': 'このアプリにない原因「{id}」が含まれています',
  'unknown-item': 'このアプリにないチェック項目「{id}」です',
  duplicate: '同じ記録がファイルの中に2つあります（2つ目は復元しません）',
  orphan: 'この記録の対応記録を復元しないため、復元しません',
  'unlisted-file': '証拠の記録にないファイルのため、復元しません',
};

/** Text from a file shown to people: short, so a hostile file cannot flood the screen. */
export const shorten = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max)}…` : text;

/**
 * The parts of one problem's line: the store's label, the incident's title and the
 * record's key as they are in the file (user text, to be isolated when shown), and why.
 * `reason` keeps `{id}` where the detail (also from the file) goes.
 */
export function describeProblem(p: RecordProblem): {
  what: string;
  title: string;
  key: string;
  reason: string;
  detail: string;
} {
  return {
    what: STORE_LABELS[p.store],
    title: shorten(p.incidentTitle),
    key: p.store === 'incidents' ? '' : shorten(p.recordKey, 40),
    reason: REASONS[p.reason],
    detail: shorten(p.detail || '形式', 40),
  };
}
