import { namespace } from '../namespace';

/**
 * What the app itself writes into an incident's record (src/features/incidents): the
 * suggested title and the timeline's lines for a start, a tick, a status, 発覚日時, the types,
 * a text saved over another tab's. Written in the language on screen at that moment; a record
 * keeps the words it was written with.
 */
export const incidentsLog = namespace('incidents-log', {
  /** The suggested title: 「ランサムウェア 11/20」 (the types label, month, day in JST). */
  title: (types: string, month: number, day: number) => `${types} ${month}/${day}`,
  /** The first entry: 「対応を開始（ランサムウェア）」. */
  started: (types: string) => `対応を開始（${types}）`,
  /** The statuses, by the stored status. */
  status: { open: '対応中', recovered: '復旧済み', closed: '完了' },
  /** 「状態を「復旧済み」に変更」 */
  statusChanged: (status: string) => `状態を「${status}」に変更`,
  /** 「発覚日時を 2026/11/25(水) 21:05 に変更」 */
  discoveredChanged: (when: string) => `発覚日時を ${when} に変更`,
  /** 「分類を「ランサムウェア」に変更」 */
  typesChanged: (types: string) => `分類を「${types}」に変更`,
  /** A checklist item's new state, by state: 「完了: …」 / 「該当なし: …」 / 「未完了に戻す: …」. */
  item: { done: '完了', 'not-applicable': '該当なし', open: '未完了に戻す' },
  itemChanged: (state: string, item: string) => `${state}: ${item}`,
  /** Another tab's newer text of a record item, kept when this tab's text replaced it. */
  overwritten: (label: string, text: string) =>
    `「${label}」の上書き前の内容（別のタブで保存）：${text}`,
});
