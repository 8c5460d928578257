import { SaveStatus, type SaveState } from '../../ui/SaveStatus';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';

/** The save button of a 備え form, where the save stands, and a kept draft's notice. */
export function SaveBar({
  state,
  error,
  restored = false,
  label,
}: {
  state: SaveState;
  error: string | null;
  /** The form shows input kept from an earlier visit that was not saved. */
  restored?: boolean;
  /** The button's words (保存 by default). */
  label?: string;
}) {
  const m = useMessages(prep);
  const save = label ?? m.save;
  return (
    <>
      {restored && state !== 'saved' && <p class="notice small">{m.restoredDraft(save)}</p>}
      <div class="row prep-save">
        <button class="button primary" type="submit" disabled={state === 'saving'}>
          {save}
        </button>
        <SaveStatus state={state} error={error} />
      </div>
    </>
  );
}
