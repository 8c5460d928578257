import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildExport, EXPORT_KINDS } from '../../export/build';
import type { ExportContent, ExportKind, IncidentSnapshot } from '../../export/types';
import { IncidentNav } from '../incidents/IncidentNav';
import { loadShareData } from './share-data';
import { copyText, OUTCOME_MESSAGES, saveFile, shareDocument } from './share';
import { PrintDocument } from './PrintDocument';
import '../incidents/incidents.css';
import './export.css';

type Loaded = { snapshot: IncidentSnapshot; content: ExportContent };

/** 共有・出力: choose a summary or report draft, edit it, then share, copy, save or print. */
export default function SharePage(props: Record<string, unknown>) {
  const id = String(props.id);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [kind, setKind] = useState<ExportKind>('summary-short');
  // Edits are kept per format while the page is open.
  const [edits, setEdits] = useState<Partial<Record<ExportKind, string>>>({});
  const [message, setMessage] = useState('');
  // The moment the documents are made (「作成日時」), fixed while the page is open.
  const [now] = useState(() => new Date().toISOString());

  useEffect(() => {
    let live = true;
    loadShareData(id).then(
      (d) => {
        if (!live) return;
        if (d) setData(d);
        else setError('この対応記録は見つかりませんでした。');
      },
      () => live && setError('記録を読み込めませんでした。ページを再読み込みしてください。'),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const doc = useMemo(
    () => data && buildExport(kind, data.snapshot, data.content, now),
    [data, kind, now],
  );

  if (error) {
    return (
      <>
        <h1>共有・出力</h1>
        <p class="notice error" role="alert">
          {error}
        </p>
        <a href="/incidents">対応記録の一覧へ</a>
      </>
    );
  }
  if (!data || !doc) return <p class="muted">読み込んでいます…</p>;

  const text = edits[kind] ?? doc.text;
  const title = data.snapshot.incident.title || '対応記録';
  const say = (m: string) => setMessage(m);

  return (
    <div class="share-page">
      <div class="no-print">
        <h1>
          <bdi>{title}</bdi>
        </h1>
        <IncidentNav id={id} current="/share" />
        <h2>共有・出力</h2>
        <fieldset class="share-kinds">
          <legend>作るもの</legend>
          {EXPORT_KINDS.map((k) => (
            <label key={k.kind} class="share-kind">
              <input
                type="radio"
                name="export-kind"
                value={k.kind}
                checked={kind === k.kind}
                onChange={() => {
                  setKind(k.kind);
                  setMessage('');
                }}
              />
              <span>{k.label}</span>
            </label>
          ))}
        </fieldset>
        <div class="share-actions">
          <button
            type="button"
            class="button primary"
            onClick={async () =>
              say(OUTCOME_MESSAGES[await shareDocument({ ...doc, title, text })])
            }
          >
            共有
          </button>
          <button
            type="button"
            class="button"
            onClick={async () =>
              say(OUTCOME_MESSAGES[(await copyText(text)) ? 'copied' : 'failed'])
            }
          >
            コピー
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              say(OUTCOME_MESSAGES[saveFile(text, doc.filename, doc.mime) ? 'saved' : 'failed'])
            }
          >
            ファイルに保存
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              say('');
              window.print();
            }}
          >
            印刷
          </button>
        </div>
        <p class="share-message" role="status" aria-live="polite">
          {message}
        </p>
        <label for="share-text" class="share-label">
          内容（送る前に書き直せます。この画面を離れると書き直した内容は消えます）
        </label>
        <textarea
          id="share-text"
          class="share-text"
          rows={16}
          value={text}
          onInput={(e) => setEdits({ ...edits, [kind]: e.currentTarget.value })}
        />
        {edits[kind] !== undefined && (
          <button
            type="button"
            class="button"
            onClick={() => {
              const next = { ...edits };
              delete next[kind];
              setEdits(next);
            }}
          >
            記録から作り直す
          </button>
        )}
      </div>
      <PrintDocument label={doc.label} text={text} />
    </div>
  );
}
