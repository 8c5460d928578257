import type { ProgressEntry } from '../../storage';
import { useItemSave } from './useItemSave';
import { useMessages } from '../../i18n/active';
import { incidentsChecklist } from '../../i18n/ja/incidents-checklist';

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
  const m = useMessages(incidentsChecklist);
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
          {done ? `✓ ${m.states.done}` : m.states.done}
        </button>
        <span class="save-status" aria-live="polite">
          {saving ? m.saving : done ? m.saved : ''}
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
