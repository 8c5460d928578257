import type { IncidentStatus, ProgressEntry } from '../../storage';
import { INCIDENT_TYPES } from '../../content/catalog';

/** 対応中 / 復旧済み / 完了 */
export const STATUS_LABELS: Record<IncidentStatus, string> = {
  open: '対応中',
  recovered: '復旧済み',
  closed: '完了',
};

// Timeline texts go into reports sent outside: one calm register, ending in a noun.

/** 「状態を「復旧済み」に変更」 */
export const statusLog = (status: IncidentStatus): string =>
  `状態を「${STATUS_LABELS[status]}」に変更`;

/** 「完了: …」 / 「該当なし: …」 / 「未完了に戻す: …」 */
export function itemLog(state: ProgressEntry['state'], item: string): string {
  const head = { done: '完了', 'not-applicable': '該当なし', open: '未完了に戻す' }[state];
  return `${head}: ${item}`;
}

/** 「ランサムウェア、情報漏えい（メール誤送信・Web誤公開）」, or 「まだわからない」. */
export function typesLabel(types: readonly string[], causes: readonly string[] = []): string {
  if (!types.length) return 'まだわからない';
  return types
    .map((id) => {
      const t = INCIDENT_TYPES.find((x) => x.id === id);
      if (!t) return id;
      const cs = (t.causes ?? []).filter((c) => causes.includes(c.id)).map((c) => c.title);
      return cs.length ? `${t.shortTitle}（${cs.join('・')}）` : t.shortTitle;
    })
    .join('、');
}

/** A suggested title: 「ランサムウェア 11/20」. */
export function suggestTitle(
  types: readonly string[],
  causes: readonly string[],
  date: Date,
): string {
  const d = new Date(date.getTime() + 9 * 3_600_000);
  return `${typesLabel(types, causes)} ${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}
