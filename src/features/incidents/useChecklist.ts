import { useEffect, useState } from 'preact/hooks';
import { loadIncidentPlaybooks } from '../../content/load';
import { checklistFor, type Checklist } from '../../content/checklist';

/** The merged checklist of the given types (null while the playbooks load). */
export function useChecklist(
  types: readonly string[] | undefined,
  causes: readonly string[] | undefined,
): { checklist: Checklist | null; error: string | null } {
  const [state, setState] = useState<{ checklist: Checklist | null; error: string | null }>({
    checklist: null,
    error: null,
  });
  const key = `${(types ?? []).join(',')}|${(causes ?? []).join(',')}`;
  useEffect(() => {
    if (!types) return;
    let live = true;
    loadIncidentPlaybooks(types).then(
      (pbs) => live && setState({ checklist: checklistFor(pbs, types, causes), error: null }),
      () =>
        live &&
        setState({
          checklist: null,
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
