import { useEffect, useRef, useState } from 'preact/hooks';
import { DrillBanner } from '../drills/DrillBanner';
import { kindsFor } from '../../export/kinds';
import type { Audience, ExportKind } from '../../export/types';
import { IncidentNav } from '../incidents/IncidentNav';
import {
  exportBuilder,
  type BuildStage,
  type BuiltExport,
  type ExportBuilder,
} from './export-builder';
import { copyText, OUTCOME_MESSAGES, saveFile, shareDocument } from './share';
import { SendIncidentFile } from './SendIncidentFile';
import { PrintDocument } from './PrintDocument';
import { PlaceholderWarning } from './PlaceholderWarning';
import { AudiencePicker } from './AudiencePicker';
import { useDrafts, type DraftSave } from './useDrafts';
import { placeholdersIn } from '../../export/placeholders';
import '../../ui/records.css';
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
      ?.build(kind, { audience }, (s) => live && setStage(s))
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
  }, [id, now, kind, audience]);

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
  if (!built || !drafts) {
    return (
      <p class="muted" role="status" aria-busy="true">
        {STAGE_TEXT[stage ?? 'reading']}
      </p>
    );
  }
  // The previous format stays on screen until the chosen one is built.
  const doc = built.doc;
  const edited = drafts[doc.kind] !== undefined;
  const text = drafts[doc.kind] ?? doc.text;
  const title = built.title || '対応記録';
  // Until the chosen format is built, nothing acts on the previous one.
  const pending = doc.kind !== kind;
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
        <DrillBanner id={id} />
        <h1>{title}</h1>
        <IncidentNav id={id} current="/share" />
        <h2>共有・出力</h2>
        <fieldset class="share-kinds">
          <legend>作るもの</legend>
          {kindsFor(built.causes).map((k) => (
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
            disabled={pending}
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
            disabled={pending}
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
            disabled={pending}
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
          {stage ? STAGE_TEXT[stage] : message}
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
          readOnly={pending}
          onInput={(e) => edit(doc.kind, e.currentTarget.value)}
        />
        <DraftState edited={edited} save={save} />
        {edited && (
          <button type="button" class="button" onClick={() => void reset(doc.kind)}>
            記録から作り直す（編集を取り消す）
          </button>
        )}
      </div>
      <PrintDocument label={doc.label} text={text} />
      <SendIncidentFile incidentId={id} />
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
