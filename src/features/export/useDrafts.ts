import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { StorageError } from '../../storage';
import { DraftTooLongError } from './slice';

/**
 * How her edits stand: being written, written, or failed (too long for a backup, or with the
 * storage's message).
 */
export type DraftSave =
  { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; tooLong: boolean; message: string };

const DELAY_MS = 400;

/**
 * Her edited drafts of one incident, kept in IndexedDB as she types (a short pause, and at
 * once when she leaves the page). Writes run one after another, so 「記録から作り直す」
 * never loses to a save still on its way.
 */
export function useDrafts(incidentId: string) {
  const { loadDrafts, saveDraft, discardDraft } = useStore.getState();
  const [drafts, setDrafts] = useState<Record<string, string> | null>(null);
  const [save, setSave] = useState<DraftSave>({ state: 'idle' });
  const pending = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = (op: () => Promise<void>) => {
    const run = queue.current.then(op).then(
      () => pending.current.size === 0 && setSave({ state: 'saved' }),
      (e: unknown) =>
        setSave({
          state: 'error',
          tooLong: e instanceof DraftTooLongError,
          message: (e as StorageError).message,
        }),
    );
    queue.current = run;
    return run;
  };
  const flush = () => {
    clearTimeout(timer.current);
    const batch = [...pending.current];
    pending.current.clear();
    for (const [kind, text] of batch) void enqueue(() => saveDraft(incidentId, kind, text));
  };

  useEffect(() => {
    let live = true;
    loadDrafts(incidentId).then(
      (d) => live && setDrafts(d),
      () => live && setDrafts({}),
    );
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [incidentId]);

  return {
    /** Kind → edited text; null while loading. */
    drafts,
    save,
    edit(kind: string, text: string) {
      setDrafts((d) => ({ ...d, [kind]: text }));
      pending.current.set(kind, text);
      setSave({ state: 'saving' });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DELAY_MS);
    },
    async reset(kind: string) {
      pending.current.delete(kind);
      setDrafts((d) => {
        const next = { ...d };
        delete next[kind];
        return next;
      });
      await enqueue(() => discardDraft(incidentId, kind));
    },
  };
}
