/** Where a save stands, for the indicator beside a field. */
export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

/** 保存済み / 保存中… / the error message; announced politely. */
export function SaveStatus({ state, error }: { state: SaveState; error?: string | null }) {
  return (
    <p class={`save-status save-${state}`} aria-live="polite" role="status">
      {state === 'saving' && '保存中…'}
      {state === 'saved' && '✓ 保存済み'}
      {state === 'dirty' && '未保存の変更があります'}
      {state === 'error' && <span class="save-error">⚠ {error}</span>}
    </p>
  );
}
