import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { FieldValue, StorageError } from '../../storage';
import { CharCount, charCountId } from '../../ui/CharCount';
import { LIMITS } from '../../lib/limits';
import { SaveStatus, type SaveState } from './SaveStatus';
import { Rendered } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import { useLogTexts } from './useLogTexts';
import { incidentsRecords } from '../../i18n/ja/incidents-records';
import { clearUnsaved, unsavedKey, readUnsaved, writeUnsaved } from '../../ui/unsaved-text';
import { useFlushOnLeave } from '../../ui/useFlushOnLeave';

/** How long typing pauses before an autosave. */
export const AUTOSAVE_MS = 500;

/**
 * One free-text record field with autosave (after a pause, on blur, and when the page is
 * hidden or left). Every keystroke is also kept as a local draft until committed, so a reload,
 * a closed tab or a failed save loses nothing; the draft comes back (and is saved) on the next
 * visit. 保存済み appears only after the write committed. A save over another tab's newer text
 * keeps that text in the timeline and says so.
 */
export function RecordField(props: {
  /** The incident this field belongs to; each typed value is saved to it. */
  incidentId: string;
  fieldId: string;
  /** The guide's Japanese label and help (record-items.yaml), shown in the language on screen. */
  label: string;
  help?: string;
  stored?: FieldValue;
}) {
  const { incidentId, fieldId, label, help, stored } = props;
  const m = useMessages(incidentsRecords);
  const log = useLogTexts();
  const saveField = useStore((s) => s.saveField);
  const key = unsavedKey(incidentId, fieldId);
  // null: nothing typed since the last save, show what is stored.
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [conflict, setConflict] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What was typed last and the incident it was typed into (captured when typed).
  const latest = useRef<{ incidentId: string; value: string } | null>(null);
  // The stored version the edit started from (compare-and-set), and whether a save runs.
  const base = useRef<string | null>(null);
  const saving = useRef(false);
  // This tab's last committed save: shown until the stored copy catches up (a slower re-read
  // of the incident may still bring the older value).
  const own = useRef<FieldValue | null>(null);
  const current =
    stored && (!own.current || stored.updatedAt >= own.current.updatedAt)
      ? stored
      : (own.current ?? stored);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const save = () => {
    clearTimeout(timer.current);
    const pending = latest.current;
    if (pending === null) return chain.current;
    // One save at a time, in typing order.
    chain.current = chain.current.then(async () => {
      if (latest.current !== pending) return;
      saving.current = true;
      setState('saving');
      try {
        const { field, overwritten } = await saveField(pending.incidentId, fieldId, pending.value, {
          base: base.current,
          // Stored in the timeline, in the language on screen.
          conflictLog: (other) => log.overwritten(label, other.value),
        });
        base.current = field.updatedAt;
        own.current = field;
        if (overwritten) setConflict(true);
        if (latest.current === pending) {
          latest.current = null;
          clearUnsaved(key);
          setDraft(null);
          setRestored(false);
          setState('saved');
        } else if (latest.current) {
          // More was typed meanwhile: it continues from what was just stored.
          writeUnsaved(key, { value: latest.current.value, base: base.current });
        }
      } catch (e) {
        setError((e as StorageError).message);
        setState('error');
      } finally {
        saving.current = false;
      }
    });
    return chain.current;
  };

  // A draft left by a reload, a closed tab or a failed save: show it and save it now.
  useEffect(() => {
    const kept = readUnsaved(key);
    if (!kept) return;
    if (kept.value === (current?.value ?? '')) {
      clearUnsaved(key);
      return;
    }
    latest.current = { incidentId, value: kept.value };
    base.current = kept.base;
    setDraft(kept.value);
    setRestored(true);
    void save();
  }, []);

  useFlushOnLeave(() => latest.current !== null, save);

  const id = `field-${fieldId}`;
  return (
    <div class="record-field">
      <label for={id}>
        <Rendered text={label} />
      </label>
      {help && (
        <p class="muted small" id={`${id}-help`}>
          <Rendered text={help} />
        </p>
      )}
      {stored?.origin === 'prep' && draft === null && <p class="small prep-origin">{m.fromPrep}</p>}
      <textarea
        id={id}
        rows={3}
        maxLength={LIMITS.text}
        aria-describedby={`${help ? `${id}-help ` : ''}${charCountId(id)}`}
        value={draft ?? current?.value ?? ''}
        onInput={(e) => {
          const v = e.currentTarget.value;
          // A new edit starts from the version on screen.
          if (latest.current === null && !saving.current) base.current = current?.updatedAt ?? null;
          latest.current = { incidentId, value: v };
          writeUnsaved(key, { value: v, base: base.current });
          setDraft(v);
          setConflict(false);
          setState('dirty');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
        }}
        onBlur={() => void save()}
      />
      <CharCount inputId={id} kind="text" value={draft ?? stored?.value ?? ''} />
      <div class="row">
        <SaveStatus state={state} error={error} />
        {state === 'error' && (
          <button class="button" type="button" onClick={() => void save()}>
            {m.saveAgain}
          </button>
        )}
      </div>
      {(restored || state === 'error') && draft !== null && (
        <p class="notice small" aria-live="polite">
          {m.unsaved}
          {restored ? m.unsavedRestored : ''}
          {m.unsavedKept}
        </p>
      )}
      {conflict && (
        <p class="notice small" aria-live="polite">
          {m.conflictBefore}
          <a href={`/incidents/${incidentId}/timeline`}>{m.conflictLink}</a>
          {m.conflictAfter}
        </p>
      )}
    </div>
  );
}
