import { useEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_KINDS } from '../../export/build';
import type { ExportKind } from '../../export/types';
import { IncidentNav } from '../incidents/IncidentNav';
import {
  exportBuilder,
  type BuildStage,
  type BuiltExport,
  type ExportBuilder,
} from './export-builder';
import { copyText, OUTCOME_MESSAGES, saveFile, shareDocument } from './share';
import { PrintDocument } from './PrintDocument';
import '../incidents/incidents.css';
import './export.css';

const STAGE_TEXT: Record<BuildStage, string> = {
  reading: '記録を読み込んでいます…',
  building: '文書を作っています…',
};

/** 共有・出力: choose a summary or report draft, edit it, then share, copy, save or print. */
export default function SharePage(props: Record<string, unknown>) {
  const id = String(props.id);
  const [built, setBuilt] = useState<BuiltExport | null>(null);
  const [stage, setStage] = useState<BuildStage | null>('reading');
  const [error, setError] = useState('');
  const [kind, setKind] = useState<ExportKind>('summary-short');
  // Edits are kept per format while the page is open.
  const [edits, setEdits] = useState<Partial<Record<ExportKind, string>>>({});
  const [message, setMessage] = useState('');
  // The moment the documents are made (「作成日時」), fixed while the page is open.
  const [now] = useState(() => new Date().toISOString());
  const builder = useRef<ExportBuilder | null>(null);

  // Reads the incident once per page (off the main thread where possible).
  useEffect(() => {
    builder.current = exportBuilder(id, now);
    return () => builder.current?.close();
  }, [id, now]);

  useEffect(() => {
    let live = true;
    setStage('reading');
    builder.current
      ?.build(kind, (s) => live && setStage(s))
      .then(
        (result) => {
          if (!live) return;
          setStage(null);
          if (result) setBuilt(result);
          else setError('この対応記録は見つかりませんでした。');
        },
        () => live && setError('記録を読み込めませんでした。ページを再読み込みしてください。'),
      );
    return () => {
      live = false;
    };
  }, [id, now, kind]);

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
  if (!built) {
    return (
      <p class="muted" role="status" aria-busy="true">
        {STAGE_TEXT[stage ?? 'reading']}
      </p>
    );
  }
  // The previous format stays on screen until the chosen one is built.
  const doc = built.doc;
  const text = edits[doc.kind] ?? doc.text;
  const title = built.title || '対応記録';
  // Until the chosen format is built, nothing acts on the previous one.
  const pending = doc.kind !== kind;
  const say = (m: string) => setMessage(m);

  return (
    <div class="share-page">
      <div class="no-print">
        <h1>{title}</h1>
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
            disabled={pending}
            onClick={async () =>
              say(OUTCOME_MESSAGES[await shareDocument({ ...doc, title, text })])
            }
          >
            共有
          </button>
          <button
            type="button"
            class="button"
            disabled={pending}
            onClick={async () =>
              say(OUTCOME_MESSAGES[(await copyText(text)) ? 'copied' : 'failed'])
            }
          >
            コピー
          </button>
          <button
            type="button"
            class="button"
            disabled={pending}
            onClick={() =>
              say(OUTCOME_MESSAGES[saveFile(text, doc.filename, doc.mime) ? 'saved' : 'failed'])
            }
          >
            ファイルに保存
          </button>
          <button
            type="button"
            class="button"
            disabled={pending}
            onClick={() => {
              say('');
              window.print();
            }}
          >
            印刷
          </button>
        </div>
        <p class="share-message" role="status" aria-live="polite">
          {stage ? STAGE_TEXT[stage] : message}
        </p>
        <label for="share-text" class="share-label">
          内容（送る前に書き直せます。この画面を離れると書き直した内容は消えます）
        </label>
        <textarea
          id="share-text"
          class="share-text"
          rows={16}
          value={text}
          readOnly={pending}
          onInput={(e) => setEdits({ ...edits, [doc.kind]: e.currentTarget.value })}
        />
        {edits[doc.kind] !== undefined && (
          <button
            type="button"
            class="button"
            onClick={() => {
              const next = { ...edits };
              delete next[doc.kind];
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
