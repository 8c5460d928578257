import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { PrepInput, PrepRecord, StorageError } from '../../storage';
import type { SaveState } from '../../ui/SaveStatus';
import { clearUnsaved, readUnsaved, unsavedKey, writeUnsaved } from '../../ui/unsaved-text';
import { useLeaveGuard } from '../../ui/useLeaveGuard';
import { limitProblems } from './limit-problems';

/** Problems by field name; empty when the form can be saved. */
export type Problems = Record<string, string>;

/**
 * The draft of one 備え form: starts from the stored record (or blank), keeps what is typed
 * on screen through failures, and says 保存済み only after the write committed. What is typed
 * is also kept on the device (a local draft, like the record fields), so a reload or a closed
 * tab after a refused save loses nothing: it comes back with a notice and goes once saved.
 * Leaving with unsaved input asks first.
 */
export function useSaveForm<T extends PrepInput>(
  stored: PrepRecord | null | undefined,
  blank: T,
  /** Normalises what was typed and lists what is wrong with it. */
  check: (values: T) => { values: T; problems: Problems },
  /** The long fields (limit LIMITS.note); every other text field is one line (LIMITS.line). */
  long: readonly string[] = [],
) {
  const savePrep = useStore((s) => s.savePrep);
  const key = unsavedKey('prep', blank.id);
  const [start] = useState(() => startingValues(key, stored, blank));
  const [values, setValues] = useState<T>(start.values);
  const [state, setState] = useState<SaveState>(start.restored ? 'dirty' : 'idle');
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [restored, setRestored] = useState(start.restored);
  const current = useRef({ values, state });
  current.current = { values, state };
  // A record that arrives after the first render (or from another tab) fills a form with
  // nothing unsaved in it; the record the form started from is not applied twice.
  const shown = useRef(stored?.updatedAt);
  useEffect(() => {
    if (stored?.updatedAt === shown.current) return;
    shown.current = stored?.updatedAt;
    const now = current.current.state;
    if (now === 'idle' || now === 'saved') show(fromStored(stored, blank));
  }, [stored?.updatedAt]);
  useLeaveGuard(() => {
    const now = current.current.state;
    return now === 'dirty' || now === 'error';
  });

  const show = (next: T) => {
    current.current = { ...current.current, values: next };
    setValues(next);
  };
  const keepDraft = (next: T) =>
    writeUnsaved(key, { value: JSON.stringify(next), base: stored?.updatedAt ?? null });

  const set = (field: keyof T & string) => (value: string) => {
    const next = { ...current.current.values, [field]: value };
    show(next);
    keepDraft(next);
    setState('dirty');
  };

  const save = async (e?: Event) => {
    e?.preventDefault();
    const checked = check(current.current.values);
    const found = { ...limitProblems(checked.values, long), ...checked.problems };
    show(checked.values);
    setProblems(found);
    if (Object.keys(found).length) {
      keepDraft(checked.values);
      setError('入力を確かめてください。入力した内容はそのまま残っています。');
      setState('error');
      return;
    }
    setState('saving');
    try {
      await savePrep(checked.values);
      clearUnsaved(key);
      setRestored(false);
      setError(null);
      setState('saved');
    } catch (err) {
      setError((err as StorageError).message);
      setState('error');
    }
  };

  return { values, set, save, state, error, problems, restored };
}

/** The form's first values: a kept local draft when there is one that differs, else the record. */
function startingValues<T extends PrepInput>(
  key: string,
  stored: PrepRecord | null | undefined,
  blank: T,
): { values: T; restored: boolean } {
  const values = fromStored(stored, blank);
  const kept = readUnsaved(key);
  const draft = kept && parseDraft(kept.value, blank);
  if (!draft || JSON.stringify(draft) === JSON.stringify(values)) {
    if (kept) clearUnsaved(key);
    return { values, restored: false };
  }
  return { values: draft, restored: true };
}

/** A kept draft's text fields over the blank form (anything else in it is ignored). */
function parseDraft<T extends PrepInput>(text: string, blank: T): T | null {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const draft = { ...blank } as Record<string, unknown>;
    for (const k of Object.keys(blank)) {
      const own = blank[k as keyof T];
      if (typeof own === 'string' && k !== 'id' && k !== 'kind' && k !== 'role') {
        if (typeof parsed[k] === 'string') draft[k] = parsed[k];
      }
    }
    return draft as T;
  } catch {
    return null;
  }
}

function fromStored<T extends PrepInput>(stored: PrepRecord | null | undefined, blank: T): T {
  if (!stored) return blank;
  // Only the form's own keys: updatedAt is set by storage on save.
  const picked = Object.fromEntries(
    Object.keys(blank).map((k) => [k, (stored as unknown as Record<string, unknown>)[k]]),
  );
  return { ...blank, ...picked } as T;
}
