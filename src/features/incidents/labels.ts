import type { IncidentStatus, ProgressEntry } from '../../storage';
import { INCIDENT_TYPES } from '../../content/catalog';
import { formatJst } from '../../lib/jst';

/** 対応中 / 復旧済み / 完了 (the timeline's words; the screen's are the incidents catalogue's). */
export const STATUS_LABELS: Record<IncidentStatus, string> = {
  open: '対応中',
  recovered: '復旧済み',
  closed: '完了',
};

// Timeline texts go into reports sent outside (第一報 and the others stay Japanese whatever
// the language on screen): one calm register, ending in a noun, always in Japanese.

/** 「状態を「復旧済み」に変更」 */
export const statusLog = (status: IncidentStatus): string =>
  `状態を「${STATUS_LABELS[status]}」に変更`;

/** 「完了: …」 / 「該当なし: …」 / 「未完了に戻す: …」 */
export function itemLog(state: ProgressEntry['state'], item: string): string {
  const head = { done: '完了', 'not-applicable': '該当なし', open: '未完了に戻す' }[state];
  return `${head}: ${item}`;
}

/** 「対応を開始（ランサムウェア）」 */
export const startLog = (types: readonly string[], causes: readonly string[]): string =>
  `対応を開始（${typesLabel(types, causes)}）`;

/** 「発覚日時を 2026/11/25(水) 21:05 に変更」 */
export const discoveredLog = (iso: string): string => `発覚日時を ${formatJst(iso)} に変更`;

/** 「分類を「ランサムウェア」に変更」 */
export const typesLog = (types: readonly string[], causes: readonly string[]): string =>
  `分類を「${typesLabel(types, causes)}」に変更`;

/** The words a types label is made of (home's catalogue has them in every language). */
export interface TypeWords {
  types: Readonly<Record<string, string>>;
  causes: Readonly<Record<string, string>>;
  unknown: string;
  typeSeparator: string;
  causeSeparator: string;
  typeWithCauses: (type: string, causes: string) => string;
}

/** The Japanese words: the catalog's short titles (the records' and reports' language). */
const JAPANESE_TYPE_WORDS: TypeWords = {
  types: Object.fromEntries(INCIDENT_TYPES.map((t) => [t.id, t.shortTitle])),
  causes: Object.fromEntries(
    INCIDENT_TYPES.flatMap((t) => (t.causes ?? []).map((c) => [c.id, c.title])),
  ),
  unknown: 'まだわからない',
  typeSeparator: '、',
  causeSeparator: '・',
  typeWithCauses: (type, causes) => `${type}（${causes}）`,
};

/** 「ランサムウェア、情報漏えい（メール誤送信・Web誤公開）」, or 「まだわからない」. */
export function typesLabel(
  types: readonly string[],
  causes: readonly string[] = [],
  words: TypeWords = JAPANESE_TYPE_WORDS,
): string {
  if (!types.length) return words.unknown;
  return types
    .map((id) => {
      const t = INCIDENT_TYPES.find((x) => x.id === id);
      if (!t) return id;
      const name = words.types[id] ?? t.shortTitle;
      const cs = (t.causes ?? [])
        .filter((c) => causes.includes(c.id))
        .map((c) => words.causes[c.id] ?? c.title);
      return cs.length ? words.typeWithCauses(name, cs.join(words.causeSeparator)) : name;
    })
    .join(words.typeSeparator);
}

/** A suggested title: 「ランサムウェア 11/20」 (Japanese: it heads the drafts for authorities). */
export function suggestTitle(
  types: readonly string[],
  causes: readonly string[],
  date: Date,
): string {
  const d = new Date(date.getTime() + 9 * 3_600_000);
  return `${typesLabel(types, causes)} ${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}
