import type { RecordProblem } from './check';
import { exportBackup } from '../../i18n/ja/export-backup';
import type { BackupMessages } from './errors';

/** Text from a file shown to people: short, so a hostile file cannot flood the screen. */
export const shorten = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max)}…` : text;

/**
 * The parts of one problem's line (in the messages `m`, Japanese by default): the store's
 * label, the incident's title and the record's key as they are in the file (user text, to be
 * isolated when shown), and why. `reason` keeps `{id}` where the detail (also from the file) goes.
 */
export function describeProblem(
  p: RecordProblem,
  m: BackupMessages = exportBackup.ja,
): {
  what: string;
  title: string;
  key: string;
  reason: string;
  detail: string;
} {
  return {
    what: m.stores[p.store],
    title: shorten(p.incidentTitle),
    key: p.store === 'incidents' ? '' : shorten(p.recordKey, 40),
    reason: m.reasons[p.reason],
    detail: shorten(p.detail || m.invalidShape, 40),
  };
}
