import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStore } from '../../app/store';
import type { Incident, IncidentStatus, StorageError } from '../../storage';
import { statusLog, typesLabel } from './labels';
import { formatJst, fromLocalInput, toLocalInput } from '../../lib/jst';
import { TypePicker } from './TypePicker';
import { TrashButton } from './TrashButton';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CharCount, limitProps } from '../../ui/CharCount';

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
      {saved === what ? '✓ 保存済み' : ''}
    </p>
  );
  const status = (s: IncidentStatus) => run(() => changeStatus(incident.id, s, statusLog(s)));
  const openNote = openItems ? `チェックリストに未完了の項目が ${openItems} 件あります。` : '';

  return (
    <section class="incident-actions" aria-labelledby="incident-actions-title">
      <h2 id="incident-actions-title">状態の変更</h2>
      <div class="row">
        {incident.status !== 'open' && (
          <button class="button" type="button" disabled={busy} onClick={() => status('open')}>
            対応中に戻す
          </button>
        )}
        {incident.status !== 'recovered' &&
          (openItems ? (
            <ConfirmButton
              label="復旧済みにする…"
              question={`${openNote}復旧済みにしますか？「まず、すぐに」の表示は消えます。「対応中に戻す」でいつでも戻せます。`}
              confirmLabel="復旧済みにする"
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
              復旧済みにする
            </button>
          ))}
        {incident.status !== 'closed' && (
          <ConfirmButton
            label="対応を終了する…"
            question={`${openNote}この対応を「完了」にしますか？ホームの「対応中の記録」と「期限が近い報告・届出」には出なくなるので、未対応の報告・届出がないか先に確かめてください。記録はそのまま残り、「対応中に戻す」でいつでも再開できます。`}
            confirmLabel="完了にする"
            disabled={busy}
            onConfirm={() => void status('closed')}
          />
        )}
      </div>
      <details class="incident-edit">
        <summary>件名・分類・発覚日時を変更</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => rename(incident.id, title.trim() || incident.title), 'title');
          }}
        >
          <label for="edit-title">件名</label>
          <div class="row">
            <input
              id="edit-title"
              type="text"
              {...limitProps('edit-title', 'title')}
              value={title}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
            <button class="button" type="submit" disabled={busy}>
              件名を保存
            </button>
          </div>
          <CharCount inputId="edit-title" kind="title" value={title} />
          {savedNote('title')}
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const iso = fromLocalInput(discovered);
            if (!iso) return setError('発覚日時を入力してください。');
            void run(
              () => changeDiscoveredAt(incident.id, iso, `発覚日時を ${formatJst(iso)} に変更`),
              'discovered',
            );
          }}
        >
          <label for="edit-discovered">発覚日時（日本時間）</label>
          <div class="row">
            <input
              id="edit-discovered"
              type="datetime-local"
              value={discovered}
              onInput={(e) => setDiscovered(e.currentTarget.value)}
            />
            <button class="button" type="submit" disabled={busy}>
              発覚日時を保存
            </button>
          </div>
          {savedNote('discovered')}
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () =>
                changeTypes(
                  incident.id,
                  types,
                  causes,
                  `分類を「${typesLabel(types, causes)}」に変更`,
                ),
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
            分類を保存
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
