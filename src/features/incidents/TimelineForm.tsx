import { useEffect, useState } from 'preact/hooks';
import type { StorageError } from '../../storage';
import { fromLocalInput, isFuture } from '../../lib/jst';
import { CharCount, limitProps } from '../../ui/CharCount';
import { useMessages } from '../../i18n/active';
import { incidentsRecords } from '../../i18n/ja/incidents-records';
import { ui } from '../../i18n/ja/ui';
import { clearUnsaved, readUnsaved, writeUnsaved } from '../../ui/unsaved-text';

/**
 * Adds a timeline entry (or a correction): text and an optional time (empty: the time it is
 * saved, set by storage); keeps the text on failure.
 */
export function TimelineForm({
  idPrefix,
  label,
  submitLabel,
  withTime,
  onSubmit,
  onCancel,
  unsavedKey,
}: {
  idPrefix: string;
  /** Where the unsent text is kept on this device (survives a reload until recorded). */
  unsavedKey?: string;
  label: string;
  submitLabel: string;
  withTime: boolean;
  onSubmit(text: string, at?: string): Promise<void>;
  onCancel?: () => void;
}) {
  const m = useMessages(incidentsRecords);
  const u = useMessages(ui);
  const [text, setText] = useState('');
  // null: no time chosen, storage uses the moment the entry is saved.
  const [at, setAt] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const kept = unsavedKey ? readUnsaved(unsavedKey) : null;
    if (kept?.value) {
      setText(kept.value);
      setRestored(true);
    }
  }, [unsavedKey]);
  return (
    <form
      class="timeline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim()) return;
        const iso = withTime && at ? fromLocalInput(at) : null;
        if (iso && isFuture(iso)) {
          setError(u.futureTime);
          return;
        }
        setState('saving');
        setError(null);
        try {
          await onSubmit(text.trim(), iso ?? undefined);
          setText('');
          if (unsavedKey) clearUnsaved(unsavedKey);
          setRestored(false);
          setAt(null);
          setState('saved');
        } catch (err) {
          setError((err as StorageError).message);
          setState('idle');
        }
      }}
    >
      <label for={`${idPrefix}-text`}>{label}</label>
      <textarea
        id={`${idPrefix}-text`}
        rows={2}
        {...limitProps(`${idPrefix}-text`, 'text')}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (unsavedKey) writeUnsaved(unsavedKey, { value: e.currentTarget.value, base: null });
          setState('idle');
        }}
      />
      <CharCount inputId={`${idPrefix}-text`} kind="text" value={text} />
      {restored && text && <p class="muted small">{m.restored(submitLabel)}</p>}
      {withTime && (
        <>
          <label for={`${idPrefix}-at`}>{m.when}</label>
          <input
            id={`${idPrefix}-at`}
            type="datetime-local"
            aria-describedby={`${idPrefix}-at-hint`}
            value={at ?? ''}
            onInput={(e) => setAt(e.currentTarget.value || null)}
          />
          <p id={`${idPrefix}-at-hint`} class="muted small">
            {m.whenHint}
          </p>
        </>
      )}
      <div class="row">
        <button class="button primary" type="submit" disabled={state === 'saving'}>
          {submitLabel}
        </button>
        {onCancel && (
          <button class="button" type="button" onClick={onCancel}>
            {m.cancel}
          </button>
        )}
      </div>
      <p class="save-status" aria-live="polite">
        {state === 'saving' ? m.saving : state === 'saved' ? m.saved : ''}
      </p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
