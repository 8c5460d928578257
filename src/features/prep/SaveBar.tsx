import { SaveStatus, type SaveState } from '../../ui/SaveStatus';

/** The save button of a 備え form and where the save stands. */
export function SaveBar({
  state,
  error,
  label = '保存',
}: {
  state: SaveState;
  error: string | null;
  label?: string;
}) {
  return (
    <div class="row prep-save">
      <button class="button primary" type="submit" disabled={state === 'saving'}>
        {label}
      </button>
      <SaveStatus state={state} error={error} />
    </div>
  );
}
