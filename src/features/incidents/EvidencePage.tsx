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
import { EvidenceItem, fileElsewhere } from './EvidenceItem';
import { formatBytes } from '../../lib/bytes';
import { saveEvidencePackage } from './evidence-package';
import { QuotaWarning } from '../../ui/QuotaWarning';
import '../../ui/records.css';

const FAILED_PACKAGE =
  '証拠パッケージを作れませんでした。端末の空き容量を確かめて、もう一度お試しください。';

/** When only the record of a piece of evidence is here (restored from a backup without files). */
const NO_FILE =
  '元のファイルはこの端末にありません。証拠のファイルを含めないバックアップから復元された記録です（ファイル名・日時・SHA-256 は残っています）。元の端末や、ファイルを含めたバックアップから取り出してください。';

type SaveState =
  { kind: 'saving' } | { kind: 'saved'; name: string } | { kind: 'error'; message: string };

/** 証拠: photos and files kept unchanged with their SHA-256, and the 証拠一覧 to hand over. */
export default function EvidencePage(props: Record<string, unknown>) {
  const id = String(props.id);
  const { open, error } = useOpenIncident(id);
  const by = useStore((s) => s.responderName) ?? '';
  const [items, setItems] = useState<EvidenceMeta[] | null>(null);
  const [note, setNote] = useState('');
  const [state, setState] = useState<SaveState | null>(null);
  const [packing, setPacking] = useState('');
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
      await addEvidence({ incidentId: id, file, name: file.name || '写真', by, note, link });
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
    else setState({ kind: 'error', message: e.fileOn ? fileElsewhere(e.fileOn) : NO_FILE });
  };
  return (
    <>
      <StorageProblem />
      <h1>
        <bdi>{title}</bdi>
      </h1>
      <IncidentNav id={id} current="/evidence" />
      <h2>証拠（写真・ファイル）</h2>
      <p class="muted">
        元のファイルをそのまま保存し、指紋にあたる SHA-256
        を記録します。感染した画面は、電源を切らずに別のスマートフォンなどで撮影してください。
      </p>
      <p class="muted">
        写真・ファイルは、この端末のバックアップにも含まれます（大きいときは含めないこともできます）。警察や保守ベンダーに渡すときは、証拠一覧と一緒に保存してください。
      </p>
      <ResponderNamePrompt />
      {space && <QuotaWarning usage={space.usage} quota={space.quota} />}
      {link && (
        <p class="notice">
          添付先: {link.itemId ? 'チェック項目' : '対応経過'}「<bdi>{link.text}</bdi>
          」（次に保存するファイルに付きます）{' '}
          <a href={`/incidents/${id}/evidence`}>添付先を外す</a>
        </p>
      )}
      <div class="field">
        <label for="evidence-note">メモ（任意・次に保存するファイルに付きます）</label>
        <textarea
          id="evidence-note"
          rows={2}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="evidence-camera">写真を撮って保存</label>
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
        <label for="evidence-file">ファイルを選んで保存</label>
        <input
          id="evidence-file"
          type="file"
          disabled={state?.kind === 'saving'}
          onChange={(e) => void keep(e.currentTarget)}
        />
      </div>
      {state?.kind === 'error' ? (
        <p class="chain-status chain-broken" role="alert">
          {state.message}
        </p>
      ) : (
        <p class="save-status" role="status">
          {state?.kind === 'saving' && '保存しています…'}
          {state?.kind === 'saved' && `保存済み: ${state.name}`}
        </p>
      )}
      <h3>
        証拠一覧（{items?.length ?? 0}件
        {items &&
          items.length > 0 &&
          `、合計 ${formatBytes(items.reduce((n, e) => n + e.size, 0))}`}
        ）
      </h3>
      {items && items.length > 0 ? (
        <>
          <ol class="evidence-list">
            {items.map((e) => (
              <li key={e.id}>
                <EvidenceItem item={e} />
                <button class="button small" type="button" onClick={() => void saveOriginal(e)}>
                  元のファイルを保存<span class="visually-hidden">: {e.name}</span>
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
              証拠一覧を保存（テキスト）
            </button>{' '}
            <button
              class="button"
              type="button"
              onClick={() => void save(evidenceListCsv(items), 'csv')}
            >
              証拠一覧を保存（CSV）
            </button>
          </p>
          <p>
            <button
              class="button primary"
              type="button"
              disabled={packing === '作っています…'}
              onClick={() => {
                setPacking('作っています…');
                saveEvidencePackage(id, title, items).then(
                  (ok) => setPacking(ok ? '証拠パッケージを保存しました。' : FAILED_PACKAGE),
                  () => setPacking(FAILED_PACKAGE),
                );
              }}
            >
              証拠パッケージを保存（ZIP）
            </button>
          </p>
          <p class="small muted">
            証拠パッケージは、元のファイルすべてと証拠一覧（テキスト・CSV）を1つの ZIP
            ファイルにまとめたものです。警察や保守ベンダーに渡すときに使えます。受け取った人は、各ファイルの
            SHA-256 を一覧と照らし合わせて確かめられます。
          </p>
          <p class="save-status" role="status">
            {packing}
          </p>
        </>
      ) : (
        <p class="muted">{items ? 'まだ証拠はありません。' : '読み込んでいます…'}</p>
      )}
    </>
  );
}
