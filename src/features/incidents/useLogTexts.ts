import { useMessages } from '../../i18n/active';
import { home } from '../../i18n/ja/home';
import { incidentsLog } from '../../i18n/ja/incidents-log';
import type { IncidentStatus, ProgressEntry } from '../../storage';
import { useFormatJst } from '../../ui/useFormatJst';
import { useRenderedText } from '../../ui/Rendered';
import { discoveredLog, itemLog, startLog, statusLog, suggestTitle, typesLog } from './log-texts';

/**
 * What the app writes into a record (the suggested title, the timeline's lines), in the
 * language on screen: the incidents-log catalogue's words, home's names of the types (the
 * buttons she tapped), the playbook's sentences as rendered on screen.
 */
export function useLogTexts() {
  const w = useMessages(incidentsLog);
  const h = useMessages(home);
  const formatJst = useFormatJst();
  const render = useRenderedText();
  const words = { ...h, unknown: h.unsure };
  return {
    title: (types: readonly string[], causes: readonly string[], date: Date) =>
      suggestTitle(types, causes, date, w, words),
    started: (types: readonly string[], causes: readonly string[]) =>
      startLog(types, causes, w, words),
    status: (status: IncidentStatus) => statusLog(status, w),
    discovered: (iso: string) => discoveredLog(iso, w, formatJst),
    types: (types: readonly string[], causes: readonly string[]) =>
      typesLog(types, causes, w, words),
    /** A checklist item's new state; `item` is the playbook's (Japanese) sentence. */
    item: (state: ProgressEntry['state'], item: string) => itemLog(state, render(item), w),
    /** `label` is the guide's (Japanese) label of the record item. */
    overwritten: (label: string, text: string) => w.overwritten(render(label), text),
  };
}
