import { useEffect, useState } from 'preact/hooks';
import { loadIncidentPlaybooks } from '../../content/load';
import { checklistFor, urgentFor, type Checklist } from '../../content/checklist';

/** The most urgent action of a type (its chosen cause's `urgent`, else its playbook's). */
export type Urgent = ReturnType<typeof urgentFor>[number];

interface ChecklistState {
  checklist: Checklist | null;
  /** The most urgent action of each type (the basic steps' when the type is not known yet). */
  urgent: Urgent[];
  error: string | null;
}

/** The merged checklist of the given types (null while the playbooks load). */
export function useChecklist(
  types: readonly string[] | undefined,
  causes: readonly string[] | undefined,
): ChecklistState {
  const [state, setState] = useState<ChecklistState>({ checklist: null, urgent: [], error: null });
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
          error: null,
        }),
      () =>
        live &&
        setState({
          checklist: null,
          urgent: [],
          error: 'チェックリストを読み込めませんでした。通信できる場所で一度開き直してください。',
        }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
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
