import type { ProgressEntry } from '../../storage';
import { useItemSave } from './useItemSave';

/**
 * One 完了 toggle for a checklist item shown outside the checklist (the urgent card,
 * 「次にやること」): the same stored progress entry, so both places agree.
 */
export function ItemDoneButton({
  incidentId,
  itemId,
  text,
  entry,
  describedBy,
}: {
  incidentId: string;
  itemId: string;
  /** The item's text (for the timeline entry). */
  text: string;
  entry?: ProgressEntry;
  /** Id of the element whose text says which item this is. */
  describedBy: string;
}) {
  const { save, saving, error } = useItemSave(incidentId, itemId, text);
  const done = entry?.state === 'done';
  return (
    <div class="item-done">
      <div class="row">
        <button
          type="button"
          class={`button ${done ? 'primary' : ''}`}
          aria-pressed={done}
          aria-describedby={describedBy}
          disabled={saving}
          onClick={() => save(done ? 'open' : 'done')}
        >
          {done ? '✓ 完了' : '完了'}
        </button>
        <span class="save-status" aria-live="polite">
          {saving ? '保存中…' : done ? '保存済み' : ''}
        </span>
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
