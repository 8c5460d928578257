import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { OpenIncident } from './slice';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/** Loads the incident `id` into the store; returns it once loaded (or why not, to show). */
export function useOpenIncident(id: string): { open: OpenIncident | null; error: string | null } {
  const init = useStore((s) => s.initIncidents);
  const load = useStore((s) => s.loadIncident);
  const open = useStore((s) => s.openIncident);
  const m = useMessages(incidents);
  const error = useStore((s) => s.openIncidentError);
  useEffect(() => {
    init();
    void load(id);
    // Another tab may have written while this one was hidden.
    const onVisible = () => document.visibilityState === 'visible' && void load(id);
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [id, init, load]);
  return {
    open: open?.incident.id === id ? open : null,
    error: error && (error.kind === 'not-found' ? m.notFound : error.message),
  };
}
