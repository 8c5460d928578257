import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStore } from '../../app/store';
import type { Incident, IncidentStatus, StorageError } from '../../storage';
import { useLogTexts } from './useLogTexts';
import { fromLocalInput, isFuture, toLocalInput } from '../../lib/jst';
import { ui } from '../../i18n/ja/ui';
import { TypePicker } from './TypePicker';
import { TrashButton } from './TrashButton';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CharCount, limitProps } from '../../ui/CharCount';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/** Which edit form last saved (its 保存済み shows beside it). */
type Saved = 'title' | 'discovered' | 'types';

/**
 * The actions on the incident as a whole, low on its page: status changes (asking first
 * while items are open, saying how many), and changing title, types, 発覚日時, or deleting.
 */
export function IncidentActions({
  incident,
  openItems,
}: {
  incident: Incident;
  /** How many checklist items are still open (null while the checklist loads). */
  openItems: number | null;
}) {
  const m = useMessages(incidents);
  const u = useMessages(ui);
  const log = useLogTexts();
  const { route } = useLocation();
  const changeStatus = useStore((s) => s.changeStatus);
  const changeTypes = useStore((s) => s.changeTypes);
  const changeDiscoveredAt = useStore((s) => s.changeDiscoveredAt);
  const rename = useStore((s) => s.rename);
  const trash = useStore((s) => s.trashIncident);
  const [error, setError] = useState<string | null>(null);
  const [types, setTypes] = useState(incident.types);
  const [causes, setCauses] = useState(incident.causes);
  const [title, setTitle] = useState(incident.title);
  const [discovered, setDiscovered] = useState(toLocalInput(incident.discoveredAt));

  // One action at a time: a double tap must not write twice (the ref guards the same tick).
  const busyRef = useRef(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);

  const run = async (action: () => Promise<void>, done?: Saved) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await action();
      if (done) setSaved(done);
    } catch (e) {
      setError((e as StorageError).message);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };
  const savedNote = (what: Saved) => (
    <p class="save-status" role="status">
      {saved === what ? m.saved : ''}
    </p>
  );
  const status = (s: IncidentStatus) => run(() => changeStatus(incident.id, s, log.status(s)));

  return (
    <section class="incident-actions" aria-labelledby="incident-actions-title">
      <h2 id="incident-actions-title">{m.actionsTitle}</h2>
      <div class="row">
        {incident.status !== 'open' && (
          <button class="button" type="button" disabled={busy} onClick={() => status('open')}>
            {m.reopen}
          </button>
        )}
        {incident.status !== 'recovered' &&
          (openItems ? (
            <ConfirmButton
              label={m.recoverAsk}
              question={m.recoverQuestion(openItems)}
              confirmLabel={m.recover}
              disabled={busy}
              onConfirm={() => void status('recovered')}
            />
          ) : (
            <button
              class="button"
              type="button"
              disabled={busy}
              onClick={() => status('recovered')}
            >
              {m.recover}
            </button>
          ))}
        {incident.status !== 'closed' && (
          <ConfirmButton
            label={m.close}
            question={m.closeQuestion(openItems ?? 0)}
            confirmLabel={m.closeConfirm}
            disabled={busy}
            onConfirm={() => void status('closed')}
          />
        )}
      </div>
      <details class="incident-edit">
        <summary>{m.editSummary}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => rename(incident.id, title.trim() || incident.title), 'title');
          }}
        >
          <label for="edit-title">{m.titleLabel}</label>
          <div class="row">
            <input
              id="edit-title"
              type="text"
              {...limitProps('edit-title', 'title')}
              value={title}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
            <button class="button" type="submit" disabled={busy}>
              {m.saveTitle}
            </button>
          </div>
          <CharCount inputId="edit-title" kind="title" value={title} />
          {savedNote('title')}
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const iso = fromLocalInput(discovered);
            if (!iso) return setError(m.discoveredMissing);
            if (isFuture(iso)) return setError(u.futureTime);
            void run(() => changeDiscoveredAt(incident.id, iso, log.discovered(iso)), 'discovered');
          }}
        >
          <label for="edit-discovered">{m.discoveredLabel}</label>
          <div class="row">
            <input
              id="edit-discovered"
              type="datetime-local"
              value={discovered}
              onInput={(e) => setDiscovered(e.currentTarget.value)}
            />
            <button class="button" type="submit" disabled={busy}>
              {m.saveDiscovered}
            </button>
          </div>
          {savedNote('discovered')}
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () => changeTypes(incident.id, types, causes, log.types(types, causes)),
              'types',
            );
          }}
        >
          <TypePicker
            types={types}
            causes={causes}
            onChange={(t, c) => {
              setTypes(t);
              setCauses(c);
            }}
          />
          <button class="button" type="submit" disabled={busy}>
            {m.saveTypes}
          </button>
          {savedNote('types')}
        </form>
        <TrashButton
          onConfirm={() =>
            run(async () => {
              await trash(incident.id);
              route('/incidents');
            })
          }
        />
      </details>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
