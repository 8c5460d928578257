import type { IncidentStatus, ProgressEntry } from '../../storage';
import { INCIDENT_TYPES } from '../../content/catalog';
import { formatJst } from '../../lib/jst';
import type { MessagesOf } from '../../i18n/namespace';
import { incidentsLog } from '../../i18n/ja/incidents-log';

/** 対応中 / 復旧済み / 完了 in Japanese (the incidents catalogue has them in every language). */
export const STATUS_LABELS: Record<IncidentStatus, string> = {
  open: '対応中',
  recovered: '復旧済み',
  closed: '完了',
};

// Timeline texts and the suggested title are written in the language on screen at that
// moment (useLogTexts.ts passes its words); the defaults are the Japanese catalogue's.

/** The words of what the app writes into a record (the incidents-log catalogue's). */
export type LogWords = MessagesOf<(typeof incidentsLog)['ja']>;

/** 「状態を「復旧済み」に変更」 */
export const statusLog = (status: IncidentStatus, w: LogWords = incidentsLog.ja): string =>
  w.statusChanged(w.status[status]);

/** 「完了: …」 / 「該当なし: …」 / 「未完了に戻す: …」 */
export const itemLog = (
  state: ProgressEntry['state'],
  item: string,
  w: LogWords = incidentsLog.ja,
): string => w.itemChanged(w.item[state], item);

/** 「対応を開始（ランサムウェア）」 */
export const startLog = (
  types: readonly string[],
  causes: readonly string[],
  w: LogWords = incidentsLog.ja,
  words: TypeWords = JAPANESE_TYPE_WORDS,
): string => w.started(typesLabel(types, causes, words));

/** 「発覚日時を 2026/11/25(水) 21:05 に変更」 */
export const discoveredLog = (
  iso: string,
  w: LogWords = incidentsLog.ja,
  format: (iso: string) => string = formatJst,
): string => w.discoveredChanged(format(iso));

/** 「分類を「ランサムウェア」に変更」 */
export const typesLog = (
  types: readonly string[],
  causes: readonly string[],
  w: LogWords = incidentsLog.ja,
  words: TypeWords = JAPANESE_TYPE_WORDS,
): string => w.typesChanged(typesLabel(types, causes, words));

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

/** A suggested title: 「ランサムウェア 11/20」 (the month and day in JST). */
export function suggestTitle(
  types: readonly string[],
  causes: readonly string[],
  date: Date,
  w: LogWords = incidentsLog.ja,
  words: TypeWords = JAPANESE_TYPE_WORDS,
): string {
  const d = new Date(date.getTime() + 9 * 3_600_000);
  return w.title(typesLabel(types, causes, words), d.getUTCMonth() + 1, d.getUTCDate());
}
