import type { IncidentStatus, ProgressEntry } from '../../storage';
import type { MessagesOf } from '../../i18n/namespace';
import { incidentsLog } from '../../i18n/ja/incidents-log';
import { formatJst } from '../../lib/jst';
import { typesLabel, type TypeWords } from './labels';

// What the app writes into a record: the suggested title and the timeline's lines, in the
// words given (useLogTexts.ts passes the language on screen's); Japanese by default. Kept
// apart from labels.ts, which home's bundle carries.

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
  words?: TypeWords,
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
  words?: TypeWords,
): string => w.typesChanged(typesLabel(types, causes, words));

/** A suggested title: 「ランサムウェア 11/20」 (the month and day in JST). */
export function suggestTitle(
  types: readonly string[],
  causes: readonly string[],
  date: Date,
  w: LogWords = incidentsLog.ja,
  words?: TypeWords,
): string {
  const d = new Date(date.getTime() + 9 * 3_600_000);
  return w.title(typesLabel(types, causes, words), d.getUTCMonth() + 1, d.getUTCDate());
}
