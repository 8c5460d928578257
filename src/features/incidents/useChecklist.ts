import { useEffect, useState } from 'preact/hooks';
import { loadIncidentPlaybooks } from '../../content/load';
import { checklistFor, urgentFor, type Checklist } from '../../content/checklist';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/** The most urgent action of a type (its chosen cause's `urgent`, else its playbook's). */
export type Urgent = ReturnType<typeof urgentFor>[number];

interface ChecklistState {
  checklist: Checklist | null;
  /** The most urgent action of each type (the basic steps' when the type is not known yet). */
  urgent: Urgent[];
  /** Why the checklist cannot be shown, in the language on screen. */
  error: string | null;
}

/** The merged checklist of the given types (null while the playbooks load). */
export function useChecklist(
  types: readonly string[] | undefined,
  causes: readonly string[] | undefined,
): ChecklistState {
  const m = useMessages(incidents);
  const [state, setState] = useState<Omit<ChecklistState, 'error'> & { failed: boolean }>({
    checklist: null,
    urgent: [],
    failed: false,
  });
  const key = `${(types ?? []).join(',')}|${(causes ?? []).join(',')}`;
  useEffect(() => {
    if (!types) return;
    let live = true;
    loadIncidentPlaybooks(types).then(
      (pbs) =>
        live &&
        setState({
          checklist: checklistFor(pbs, types, causes),
          urgent: urgentFor(pbs, types.length ? types : ['basic'], causes),
          failed: false,
        }),
      () => live && setState({ checklist: null, urgent: [], failed: true }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  const { failed, ...shown } = state;
  return { ...shown, error: failed ? m.checklistFailed : null };
}

/** Progress numbers of a set of item ids. */
export function progressOf(ids: readonly string[], settled: ReadonlySet<string>) {
  const done = ids.filter((id) => settled.has(id)).length;
  return {
    done,
    total: ids.length,
    percent: ids.length ? Math.round((done / ids.length) * 100) : 0,
  };
}
