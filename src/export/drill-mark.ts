/** The 「訓練」 marking of every document built from a drill incident (top and bottom). */

/** The line that opens and closes a drill's documents. */
export const DRILL_LINE = '【訓練】訓練の記録です。実際のインシデントではありません。';

/** Marks a document's text and file name as 訓練 when `drill`; otherwise returns them as they are. */
export function markDrill(
  drill: boolean,
  doc: { text: string; filename: string },
): { text: string; filename: string } {
  if (!drill) return doc;
  return {
    text: `${DRILL_LINE}\n\n${doc.text.trimEnd()}\n\n${DRILL_LINE}\n`,
    filename: `訓練_${doc.filename}`,
  };
}
