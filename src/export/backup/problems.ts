import type { RecordProblem } from './check';
import { exportBackup } from '../../i18n/ja/export-backup';
import type { BackupMessages } from './errors';

/** Text from a file shown to people: short, so a hostile file cannot flood the screen. */
export const shorten = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max)}…` : text;

/**
 * The parts of one problem's line (in the messages `m`, Japanese by default): the store's
 * label, the incident's title as it is in the file (user text, to be isolated when shown),
 * and why in plain words. Ids, keys and field paths stay out: they mean nothing to people.
 */
export function describeProblem(
  p: RecordProblem,
  m: BackupMessages = exportBackup.ja,
): {
  what: string;
  title: string;
  reason: string;
} {
  return {
    what: m.stores[p.store],
    title: shorten(p.incidentTitle),
    reason: m.reasons[p.reason],
  };
}
