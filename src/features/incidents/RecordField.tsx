import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { FieldValue, StorageError } from '../../storage';
import { SaveStatus, type SaveState } from './SaveStatus';

/** How long typing pauses before an autosave. */
export const AUTOSAVE_MS = 500;

/**
 * One free-text record field with autosave (after a pause and on blur). 保存済み appears
 * only after the write committed; on failure the typed text stays and the message shows.
 */
export function RecordField(props: {
  /** The incident this field belongs to; each typed value is saved to it. */
  incidentId: string;
  fieldId: string;
  label: string;
  help?: string;
  stored?: FieldValue;
}) {
  const { incidentId, fieldId, label, help, stored } = props;
  const saveField = useStore((s) => s.saveField);
  // null: nothing typed since the last save, show what is stored.
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What was typed last and the incident it was typed into (captured when typed).
  const latest = useRef<{ incidentId: string; value: string } | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const save = () => {
    clearTimeout(timer.current);
    const pending = latest.current;
    if (pending === null) return chain.current;
    // One save at a time, in typing order.
    chain.current = chain.current.then(async () => {
      if (latest.current !== pending) return;
      setState('saving');
      try {
        await saveField(pending.incidentId, fieldId, pending.value);
        if (latest.current === pending) {
          latest.current = null;
          setDraft(null);
          setState('saved');
        }
      } catch (e) {
        setError((e as StorageError).message);
        setState('error');
      }
    });
    return chain.current;
  };

  // Save what is pending when the page is left or hidden.
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && void save();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void save();
    };
  }, []);

  const id = `field-${fieldId}`;
  return (
    <div class="record-field">
      <label for={id}>{label}</label>
      {help && (
        <p class="muted small" id={`${id}-help`}>
          {help}
        </p>
      )}
      {stored?.origin === 'prep' && draft === null && (
        <p class="small prep-origin">平時の備えから入力しました（書き換えられます）</p>
      )}
      <textarea
        id={id}
        rows={3}
        aria-describedby={help ? `${id}-help` : undefined}
        value={draft ?? stored?.value ?? ''}
        onInput={(e) => {
          const v = e.currentTarget.value;
          latest.current = { incidentId, value: v };
          setDraft(v);
          setState('dirty');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
        }}
        onBlur={() => void save()}
      />
      <div class="row">
        <SaveStatus state={state} error={error} />
        {state === 'error' && (
          <button class="button" type="button" onClick={() => void save()}>
            もう一度保存
          </button>
        )}
      </div>
    </div>
  );
}
