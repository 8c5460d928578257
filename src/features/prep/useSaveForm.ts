import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { PrepInput, PrepRecord, StorageError } from '../../storage';
import type { SaveState } from '../../ui/SaveStatus';

/** Problems by field name; empty when the form can be saved. */
export type Problems = Record<string, string>;

/**
 * The draft of one 備え form: starts from the stored record (or blank), keeps what is typed
 * on screen through failures, and says 保存済み only after the write committed.
 */
export function useSaveForm<T extends PrepInput>(
  stored: PrepRecord | null | undefined,
  blank: T,
  /** Normalises what was typed and lists what is wrong with it. */
  check: (values: T) => { values: T; problems: Problems },
) {
  const savePrep = useStore((s) => s.savePrep);
  const [values, setValues] = useState<T>(() => fromStored(stored, blank));
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  // A record that arrives after the first render (or from another tab) fills an untouched form.
  useEffect(() => {
    if (state === 'idle') setValues(fromStored(stored, blank));
  }, [stored?.updatedAt]);

  const set = (key: keyof T & string) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setState('dirty');
  };

  const save = async (e?: Event) => {
    e?.preventDefault();
    const checked = check(values);
    setValues(checked.values);
    setProblems(checked.problems);
    if (Object.keys(checked.problems).length) {
      setError('入力を確かめてください。入力した内容はそのまま残っています。');
      setState('error');
      return;
    }
    setState('saving');
    try {
      await savePrep(checked.values);
      setError(null);
      setState('saved');
    } catch (err) {
      setError((err as StorageError).message);
      setState('error');
    }
  };

  return { values, set, save, state, error, problems };
}

function fromStored<T extends PrepInput>(stored: PrepRecord | null | undefined, blank: T): T {
  if (!stored) return blank;
  // Only the form's own keys: updatedAt is set by storage on save.
  const picked = Object.fromEntries(
    Object.keys(blank).map((k) => [k, (stored as unknown as Record<string, unknown>)[k]]),
  );
  return { ...blank, ...picked } as T;
}
