import { useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { StorageError } from '../../storage';
import { CharCount, limitProps } from '../../ui/CharCount';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/** Asks once for the responder's own name (used for 「誰が」); hidden once it is known. */
export function ResponderNamePrompt() {
  const m = useMessages(incidents);
  const name = useStore((s) => s.responderName);
  const save = useStore((s) => s.saveResponderName);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (name === null || name !== '') return null;
  return (
    <form
      class="card responder-prompt"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!draft.trim()) return;
        try {
          await save(draft);
        } catch (err) {
          setError((err as StorageError).message);
        }
      }}
    >
      <label for="responder-name">{m.responderLabel}</label>
      <p class="muted">{m.responderHint}</p>
      <div class="row">
        <input
          id="responder-name"
          type="text"
          autocomplete="name"
          {...limitProps('responder-name', 'name')}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button class="button primary" type="submit">
          {m.save}
        </button>
      </div>
      <CharCount inputId="responder-name" kind="name" value={draft} />
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
