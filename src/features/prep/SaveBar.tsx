import { SaveStatus, type SaveState } from '../../ui/SaveStatus';

/** The save button of a 備え form, where the save stands, and a kept draft's notice. */
export function SaveBar({
  state,
  error,
  restored = false,
  label = '保存',
}: {
  state: SaveState;
  error: string | null;
  /** The form shows input kept from an earlier visit that was not saved. */
  restored?: boolean;
  label?: string;
}) {
  return (
    <>
      {restored && state !== 'saved' && (
        <p class="notice small">
          前回保存していなかった入力を戻しました。内容を確かめて「{label}
          」を押してください（保存するまで、この端末に一時的に残します）。
        </p>
      )}
      <div class="row prep-save">
        <button class="button primary" type="submit" disabled={state === 'saving'}>
          {label}
        </button>
        <SaveStatus state={state} error={error} />
      </div>
    </>
  );
}
