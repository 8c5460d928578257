import { useEffect, useState } from 'preact/hooks';
import type { DrillDebrief } from '../../storage';
import { loadDebriefs } from './debrief-slice';

/** The kept debriefs (oldest first; null while reading) or why they could not be read. */
export function useDebriefs(): { debriefs: DrillDebrief[] | null; error: string | null } {
  const [state, setState] = useState<{ debriefs: DrillDebrief[] | null; error: string | null }>({
    debriefs: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    loadDebriefs().then(
      (debriefs) => live && setState({ debriefs, error: null }),
      (e: Error) => live && setState({ debriefs: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
