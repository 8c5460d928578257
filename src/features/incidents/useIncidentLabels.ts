import { useMessages } from '../../i18n/active';
import { home } from '../../i18n/ja/home';
import { elapsed } from '../home/elapsed';
import { typesLabel } from './labels';

/**
 * An incident's labels in the language on screen, in home's words (the buttons she tapped,
 * the line of 対応中の記録): its types with their causes, and the time since discovery.
 */
export function useIncidentLabels() {
  const h = useMessages(home);
  const words = { ...h, unknown: h.unsure };
  const types = (ids: readonly string[], causes: readonly string[] = []) =>
    typesLabel(ids, causes, words);
  const since = (iso: string) => {
    const e = elapsed(iso);
    return e.unit === 'lessThanMinute' ? h.lessThanMinute : h[e.unit](e.n);
  };
  return {
    types,
    since,
    /** 「ランサムウェア・発覚から 3時間」 */
    line: (incident: { types: string[]; causes: string[]; discoveredAt: string }) =>
      h.discoveredAgo(types(incident.types, incident.causes), since(incident.discoveredAt)),
  };
}
