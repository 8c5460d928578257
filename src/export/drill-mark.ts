/** The 「訓練」 marking of every document built from a drill incident (top and bottom). */
import { JAPANESE, type SummaryWords } from './words';

/** The line that opens and closes a drill's documents (in Japanese). */
export const DRILL_LINE = JAPANESE.drillLine;

/**
 * Marks a document's text and file name as 訓練 (in the words of the document) when `drill`;
 * otherwise returns them as they are.
 */
export function markDrill(
  drill: boolean,
  doc: { text: string; filename: string },
  w: SummaryWords = JAPANESE,
): { text: string; filename: string } {
  if (!drill) return doc;
  return {
    text: `${w.drillLine}\n\n${doc.text.trimEnd()}\n\n${w.drillLine}\n`,
    filename: `${w.drillFile}_${doc.filename}`,
  };
}
