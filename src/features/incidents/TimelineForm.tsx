import { useEffect, useState } from 'preact/hooks';
import type { StorageError } from '../../storage';
import { fromLocalInput } from '../../lib/jst';
import { CharCount, limitProps } from '../../ui/CharCount';
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
        setState('saving');
        setError(null);
        try {
          const iso = withTime && at ? fromLocalInput(at) : null;
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
      {restored && text && (
        <p class="muted small">
          未記録：前回この端末で入力した内容を戻しました。「{submitLabel}」で記録されます。
        </p>
      )}
      {withTime && (
        <>
          <label for={`${idPrefix}-at`}>いつ（日本時間）</label>
          <input
            id={`${idPrefix}-at`}
            type="datetime-local"
            aria-describedby={`${idPrefix}-at-hint`}
            value={at ?? ''}
            onInput={(e) => setAt(e.currentTarget.value || null)}
          />
          <p id={`${idPrefix}-at-hint`} class="muted small">
            空欄なら記録した時刻になります。前のできごとは時刻を入れてください。
          </p>
        </>
      )}
      <div class="row">
        <button class="button primary" type="submit" disabled={state === 'saving'}>
          {submitLabel}
        </button>
        {onCancel && (
          <button class="button" type="button" onClick={onCancel}>
            やめる
          </button>
        )}
      </div>
      <p class="save-status" aria-live="polite">
        {state === 'saving' ? '保存中…' : state === 'saved' ? '✓ 保存済み' : ''}
      </p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
