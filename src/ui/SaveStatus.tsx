/** Where a save stands, for the indicator beside a field. */
export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

/** 保存済み / 保存中… / the error message; announced politely. */
export function SaveStatus({ state, error }: { state: SaveState; error?: string | null }) {
  const m = useMessages(uiControls);
  return (
    <p class={`save-status save-${state}`} aria-live="polite" role="status">
      {state === 'saving' && m.saving}
      {state === 'saved' && m.saved}
      {state === 'dirty' && m.unsaved}
      {state === 'error' && <span class="save-error">⚠ {error}</span>}
    </p>
  );
}
