import { useState } from 'preact/hooks';
import type { MergedItem } from '../../content/checklist';
import type { ProgressEntry } from '../../storage';
import { CharCount, limitProps } from '../../ui/CharCount';
import { fromLocalInput, isFuture, toLocalInput } from '../../lib/jst';
import { ui } from '../../i18n/ja/ui';
import { useFormatJst } from '../../ui/useFormatJst';
import { useItemSave } from './useItemSave';
import { ExtraNote } from '../../ui/ExtraNote';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { EvidenceLinks } from './EvidenceLinks';
import { useMessages } from '../../i18n/active';
import { incidentsChecklist } from '../../i18n/ja/incidents-checklist';

// The two states a person can set; tapping the pressed one again reopens the item.
const TOGGLES = ['done', 'not-applicable'] as const;

/** The incident type an item comes from (none for the basic steps). */
function SourceTag({ item }: { item: MergedItem }) {
  if (item.playbookId === 'basic') return null;
  return (
    <span class="tag">
      <Rendered text={item.playbookShortTitle} />
    </span>
  );
}

/** An item's detail sentences, small under its text. */
function ItemDetails({ item }: { item: MergedItem }) {
  return (
    <>
      {item.detail?.map((d) => (
        <p class="muted small" key={d}>
          <Rendered text={d} />
        </p>
      ))}
    </>
  );
}

/** A sentence that only states a fact (e.g. how an incident is found): text, nothing to tick. */
export function ChecklistInfoRow({ item }: { item: MergedItem }) {
  const m = useMessages(incidentsChecklist);
  return (
    <li class="check-item check-info">
      <OriginalScope>
        <p class="check-text">
          <span class="info-label">{m.info}</span>
          <Rendered text={item.text} />
          <SourceTag item={item} />
        </p>
        <ItemDetails item={item} />
      </OriginalScope>
    </li>
  );
}

/** One checklist item: 完了 / 該当なし, who and when, an optional note. */
export function ChecklistItemRow({
  incidentId,
  item,
  entry,
  evidenceCount = 0,
}: {
  incidentId: string;
  item: MergedItem;
  entry?: ProgressEntry;
  /** Pieces of evidence attached to this item. */
  evidenceCount?: number;
}) {
  const formatJst = useFormatJst();
  const m = useMessages(incidentsChecklist);
  const u = useMessages(ui);
  const { save: saveItem, saving, error } = useItemSave(incidentId, item.id, item.text);
  const [at, setAt] = useState('');
  const [timeProblem, setTimeProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const state = entry?.state ?? 'open';
  const textId = `item-${item.id}`;

  const save = async (next: ProgressEntry['state'], extra: { at?: string; note?: string } = {}) => {
    if (!(await saveItem(next, extra))) return;
    if (extra.note !== undefined) setNote(null);
    if (extra.at !== undefined) setAt('');
  };

  return (
    <li class={`check-item state-${state}`}>
      <OriginalScope>
        <p id={textId} class="check-text">
          <Rendered text={item.text} />
          <SourceTag item={item} />
        </p>
        <ItemDetails item={item} />
        {item.extra && <ExtraNote extra={item.extra} />}
      </OriginalScope>
      {(item.recordItems || !!item.contacts?.length) && (
        <p class="row">
          {item.recordItems && (
            <a class="button" href={`/incidents/${incidentId}/record`}>
              {m.writeRecord}
            </a>
          )}
          {!!item.contacts?.length && (
            <a class="button" href={`/contacts#${item.contacts[0]}`}>
              {m.seeContacts}
            </a>
          )}
        </p>
      )}
      <div class="row" role="group" aria-labelledby={textId}>
        {TOGGLES.map((value) => (
          <button
            key={value}
            type="button"
            class={`button ${state === value ? 'primary' : ''}`}
            aria-pressed={state === value}
            aria-describedby={textId}
            disabled={saving}
            onClick={() => save(state === value ? 'open' : value)}
          >
            {state === value ? `✓ ${m.states[value]}` : m.states[value]}
          </button>
        ))}
      </div>
      <p class="save-status" aria-live="polite">
        {saving
          ? m.saving
          : entry &&
            state !== 'open' && (
              <>
                {m.savedBy(m.states[state])}
                <bdi>{entry.by || m.noName}</bdi>
                {m.savedAt(formatJst(entry.at))}
              </>
            )}
      </p>
      {entry && state !== 'open' && (
        <details class="item-more">
          <summary>{m.changeMore}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              // Only what the person edited; storage keeps the rest from the stored row.
              const iso = at ? fromLocalInput(at) : null;
              if (iso && isFuture(iso)) return setTimeProblem(u.futureTime);
              setTimeProblem(null);
              void save(state, { at: iso ?? undefined, note: note ?? undefined });
            }}
          >
            <label for={`at-${item.id}`}>{m.atLabel}</label>
            <input
              id={`at-${item.id}`}
              type="datetime-local"
              value={at || toLocalInput(entry.at)}
              onInput={(e) => setAt(e.currentTarget.value)}
            />
            <label for={`note-${item.id}`}>{m.noteLabel}</label>
            <textarea
              id={`note-${item.id}`}
              rows={2}
              {...limitProps(`note-${item.id}`, 'text')}
              value={note ?? entry.note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
            <CharCount inputId={`note-${item.id}`} kind="text" value={note ?? entry.note} />
            <button class="button" type="submit" disabled={saving}>
              {m.save}
            </button>
            {timeProblem && (
              <p class="notice error" role="alert">
                {timeProblem}
              </p>
            )}
          </form>
        </details>
      )}
      <EvidenceLinks
        incidentId={incidentId}
        count={evidenceCount}
        itemId={item.id}
        text={item.text}
        describedBy={textId}
        attach={state !== 'open'}
      />
      {entry?.note && state !== 'open' && (
        <p class="small">
          {m.noteShown}
          <bdi>{entry.note}</bdi>
        </p>
      )}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
