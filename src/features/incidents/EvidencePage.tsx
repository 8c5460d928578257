import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useStore } from '../../app/store';
import { IncidentNav } from './IncidentNav';
import { Loading } from './IncidentPage';
import { ResponderNamePrompt } from './ResponderName';
import { StorageProblem } from './StorageProblem';
import { useOpenIncident } from './useOpenIncident';
import { addEvidence, getEvidenceFile, listEvidence, type EvidenceMeta } from './evidence-slice';
import { evidenceListCsv, evidenceListText } from '../../export/evidence-list';
import { EvidenceItem } from './EvidenceItem';
import { useFormatBytes } from '../../ui/useFormatBytes';
import { saveEvidencePackage } from './evidence-package';
import { QuotaWarning } from '../../ui/QuotaWarning';
import { useMessages } from '../../i18n/active';
import { incidentsEvidence } from '../../i18n/ja/incidents-evidence';
import '../../ui/records.css';

type SaveState =
  | { kind: 'saving' }
  | { kind: 'saved'; name: string }
  | { kind: 'error'; message: string }
  // The original is not here: on another phone of the team (`fileOn`), or not restored.
  | { kind: 'missing'; fileOn?: string };

/** Where building the 証拠パッケージ stands. */
type Packing = 'idle' | 'packing' | 'packed' | 'failed';

/** 証拠: photos and files kept unchanged with their SHA-256, and the 証拠一覧 to hand over. */
export default function EvidencePage(props: Record<string, unknown>) {
  const id = String(props.id);
  const m = useMessages(incidentsEvidence);
  const formatBytes = useFormatBytes();
  const { open, error } = useOpenIncident(id);
  const by = useStore((s) => s.responderName) ?? '';
  const [items, setItems] = useState<EvidenceMeta[] | null>(null);
  const [note, setNote] = useState('');
  const [state, setState] = useState<SaveState | null>(null);
  const [packing, setPacking] = useState<Packing>('idle');
  // Opened from a checklist item or a timeline entry: new evidence is attached to it.
  const { query } = useLocation();
  const link = query.item
    ? { itemId: query.item, text: query.about ?? '' }
    : query.entry
      ? { entryId: query.entry, text: query.about ?? '' }
      : undefined;
  const storageInfo = useStore((s) => s.storageInfo);
  const [space, setSpace] = useState<{ usage: number | null; quota: number | null } | null>(null);
  const reload = () => listEvidence(id).then(setItems, () => setItems([]));
  // Re-read whenever the open incident is refreshed: evidence from another tab or another
  // phone of the team arrives with its timeline entry, which refreshes the incident.
  useEffect(() => void reload(), [id, open]);
  // The storage estimate only when the evidence itself changed, not on every refresh.
  const count = items?.length;
  useEffect(() => void storageInfo().then(setSpace), [id, count, storageInfo]);
  if (!open) return <Loading error={error} />;

  const keep = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ kind: 'saving' });
    try {
      await addEvidence({ incidentId: id, file, name: file.name || m.photoName, by, note, link });
      setNote('');
      setState({ kind: 'saved', name: file.name });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
    await reload();
  };
  const title = open.incident.title;
  // The file helpers are shared with 共有・出力; loaded on use, not with this page.
  const save = async (text: string, ext: 'txt' | 'csv') => {
    const [{ saveFile }, { safeFileName }] = await Promise.all([
      import('../export/share'),
      import('../../export/build'),
    ]);
    saveFile(
      text,
      `${safeFileName(title)}_証拠一覧.${ext}`,
      ext === 'csv' ? 'text/csv' : 'text/plain',
    );
  };
  /** The original bytes, unchanged, under the name they were saved with. */
  const saveOriginal = async (e: EvidenceMeta) => {
    const [{ saveFile }, blob] = await Promise.all([
      import('../export/share'),
      getEvidenceFile(e.incidentId, e.id),
    ]);
    if (blob) saveFile(blob, e.name, e.type);
    else setState({ kind: 'missing', fileOn: e.fileOn });
  };
  return (
    <>
      <StorageProblem />
      <h1>
        <bdi>{title}</bdi>
      </h1>
      <IncidentNav id={id} current="/evidence" />
      <h2>{m.title}</h2>
      <p class="muted">{m.intro}</p>
      <p class="muted">{m.backupNote}</p>
      <ResponderNamePrompt />
      {space && <QuotaWarning usage={space.usage} quota={space.quota} />}
      {link && (
        <p class="notice">
          {m.attachPrefix}
          {m.attachedTo[link.itemId ? 'item' : 'entry']}
          {m.quoteOpen}
          <bdi>{link.text}</bdi>
          {m.quoteClose}
          {m.attachNext} <a href={`/incidents/${id}/evidence`}>{m.attachRemove}</a>
        </p>
      )}
      <div class="field">
        <label for="evidence-note">{m.noteLabel}</label>
        <textarea
          id="evidence-note"
          rows={2}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="evidence-camera">{m.camera}</label>
        <input
          id="evidence-camera"
          type="file"
          accept="image/*"
          capture="environment"
          disabled={state?.kind === 'saving'}
          onChange={(e) => void keep(e.currentTarget)}
        />
      </div>
      <div class="field">
        <label for="evidence-file">{m.file}</label>
        <input
          id="evidence-file"
          type="file"
          disabled={state?.kind === 'saving'}
          onChange={(e) => void keep(e.currentTarget)}
        />
      </div>
      {state?.kind === 'error' || state?.kind === 'missing' ? (
        <p class="chain-status chain-broken" role="alert">
          {state.kind === 'error'
            ? state.message
            : state.fileOn
              ? m.fileElsewhere(state.fileOn)
              : m.noFile}
        </p>
      ) : (
        <p class="save-status" role="status">
          {state?.kind === 'saving' && m.saving}
          {state?.kind === 'saved' && m.saved(state.name)}
        </p>
      )}
      <h3>
        {m.listTitle(
          items?.length ?? 0,
          items?.length ? formatBytes(items.reduce((n, e) => n + e.size, 0)) : '',
        )}
      </h3>
      {items && items.length > 0 ? (
        <>
          <ol class="evidence-list">
            {items.map((e) => (
              <li key={e.id}>
                <EvidenceItem item={e} />
                <button class="button small" type="button" onClick={() => void saveOriginal(e)}>
                  {m.saveOriginal}
                  <span class="visually-hidden">: {e.name}</span>
                </button>
              </li>
            ))}
          </ol>
          <p>
            <button
              class="button"
              type="button"
              onClick={() =>
                void save(evidenceListText(title, items, new Date().toISOString()), 'txt')
              }
            >
              {m.saveListText}
            </button>{' '}
            <button
              class="button"
              type="button"
              onClick={() => void save(evidenceListCsv(items), 'csv')}
            >
              {m.saveListCsv}
            </button>
          </p>
          <p>
            <button
              class="button primary"
              type="button"
              disabled={packing === 'packing'}
              onClick={() => {
                setPacking('packing');
                saveEvidencePackage(id, title, items).then(
                  (ok) => setPacking(ok ? 'packed' : 'failed'),
                  () => setPacking('failed'),
                );
              }}
            >
              {m.savePackage}
            </button>
          </p>
          <p class="small muted">{m.packageHelp}</p>
          <p class="save-status" role="status">
            {packing === 'packing'
              ? m.packing
              : packing === 'packed'
                ? m.packed
                : packing === 'failed'
                  ? m.packFailed
                  : ''}
          </p>
        </>
      ) : (
        <p class="muted">{items ? m.empty : m.loading}</p>
      )}
    </>
  );
}
