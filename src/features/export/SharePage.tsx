import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildExport, kindsFor } from '../../export/build';
import type { Audience, ExportContent, ExportKind, IncidentSnapshot } from '../../export/types';
import { IncidentNav } from '../incidents/IncidentNav';
import { loadShareData } from './share-data';
import { copyText, OUTCOME_MESSAGES, saveFile, shareDocument } from './share';
import { PrintDocument } from './PrintDocument';
import { PlaceholderWarning } from './PlaceholderWarning';
import { AudiencePicker } from './AudiencePicker';
import { useDrafts, type DraftSave } from './useDrafts';
import { placeholdersIn } from '../../export/placeholders';
import '../incidents/incidents.css';
import './export.css';

type Loaded = { snapshot: IncidentSnapshot; content: ExportContent };

/** 共有・出力: choose a summary or report draft, edit it, then share, copy, save or print. */
export default function SharePage(props: Record<string, unknown>) {
  const id = String(props.id);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [kind, setKind] = useState<ExportKind>('summary-short');
  // 第一報: to one person or to everyone concerned (the record decides until she chooses).
  const [audience, setAudience] = useState<Audience | undefined>(undefined);
  // Her edits, kept per incident and format in IndexedDB as she types.
  const { drafts, save, edit, reset } = useDrafts(id);
  const [message, setMessage] = useState('');
  // An action waiting for her answer because placeholders remain.
  const [asking, setAsking] = useState<{ action: string; run: () => void } | null>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
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
    () => data && buildExport(kind, data.snapshot, data.content, now, { audience }),
    [data, kind, now, audience],
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
  if (!data || !doc || !drafts) return <p class="muted">読み込んでいます…</p>;

  const edited = drafts[kind] !== undefined;
  const text = drafts[kind] ?? doc.text;
  const title = data.snapshot.incident.title || '対応記録';
  const say = (m: string) => setMessage(m);
  /** Runs a send action, asking first while placeholders remain. */
  const guarded = (action: string, run: () => void) => {
    setMessage('');
    if (placeholdersIn(text).length) setAsking({ action, run });
    else run();
  };

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
          {kindsFor(data.snapshot.incident.causes).map((k) => (
            <label key={k.kind} class="share-kind">
              <input
                type="radio"
                name="export-kind"
                value={k.kind}
                checked={kind === k.kind}
                onChange={() => {
                  setKind(k.kind);
                  setMessage('');
                  setAsking(null);
                }}
              />
              <span>
                {k.label}
                {drafts[k.kind] !== undefined && <span class="tag">編集済み</span>}
              </span>
            </label>
          ))}
        </fieldset>
        {doc.audience && (
          <AudiencePicker value={doc.audience} onChange={setAudience} edited={edited} />
        )}
        <div class="share-actions">
          <button
            type="button"
            class="button primary"
            onClick={() =>
              guarded('共有', async () =>
                say(OUTCOME_MESSAGES[await shareDocument({ ...doc, title, text })]),
              )
            }
          >
            共有
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              guarded('コピー', async () =>
                say(OUTCOME_MESSAGES[(await copyText(text)) ? 'copied' : 'failed']),
              )
            }
          >
            コピー
          </button>
          <button
            type="button"
            class="button"
            onClick={() =>
              guarded('保存', () =>
                say(OUTCOME_MESSAGES[saveFile(text, doc.filename, doc.mime) ? 'saved' : 'failed']),
              )
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
        {asking && (
          <PlaceholderWarning
            names={placeholdersIn(text)}
            action={asking.action}
            onGo={() => {
              asking.run();
              setAsking(null);
            }}
            onBack={() => {
              setAsking(null);
              textBox.current?.focus();
            }}
          />
        )}
        <p class="share-message" role="status" aria-live="polite">
          {message}
        </p>
        <label for="share-text" class="share-label">
          内容（送る前に書き直せます。書き直した内容はこの端末に保存されます）
        </label>
        <textarea
          ref={textBox}
          id="share-text"
          class="share-text"
          rows={16}
          value={text}
          onInput={(e) => edit(kind, e.currentTarget.value)}
        />
        <DraftState edited={edited} save={save} />
        {edited && (
          <button type="button" class="button" onClick={() => void reset(kind)}>
            記録から作り直す（編集を取り消す）
          </button>
        )}
      </div>
      <PrintDocument label={doc.label} text={text} />
    </div>
  );
}

/** 「編集済み・保存済み」 under the text, or why her edit could not be kept. */
function DraftState({ edited, save }: { edited: boolean; save: DraftSave }) {
  if (save.state === 'error')
    return (
      <p class="notice error" role="alert">
        書き直した内容を保存できませんでした。{save.message}
        画面の文章は残っています。コピーして控えてください。
      </p>
    );
  return (
    <p class="save-status" aria-live="polite">
      {!edited ? '' : save.state === 'saving' ? '編集済み・保存中…' : '編集済み・保存済み'}
    </p>
  );
}
