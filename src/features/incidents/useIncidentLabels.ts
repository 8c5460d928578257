import { useMessages } from '../../i18n/active';
import { home } from '../../i18n/ja/home';
import { incidents } from '../../i18n/ja/incidents';
import { sinceParts, typesLabel } from './labels';

/**
 * An incident's labels in the language on screen: its types (with causes) and the time
 * since discovery. The type and cause names are home's (the same buttons she tapped).
 */
export function useIncidentLabels() {
  const h = useMessages(home);
  const m = useMessages(incidents);
  const words = {
    types: h.types,
    causes: h.causes,
    unknown: m.typesUnknown,
    typeSeparator: m.typeSeparator,
    causeSeparator: m.causeSeparator,
    typeWithCauses: m.typeWithCauses,
  };
  return {
    types: (types: readonly string[], causes: readonly string[] = []) =>
      typesLabel(types, causes, words),
    since: (iso: string) => {
      const { unit, n } = sinceParts(iso);
      if (unit === 'justNow') return m.sinceJustNow;
      return { minutes: m.sinceMinutes, hours: m.sinceHours, days: m.sinceDays }[unit](n);
    },
  };
}
