import { useEffect, useRef, useState } from 'preact/hooks';
import { DrillBanner } from '../drills/DrillBanner';
import { isAnyLanguage, kindsFor } from '../../export/kinds';
import type { Audience, ExportKind } from '../../export/types';
import { useLanguage, useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import { htmlLang, type Language } from '../../i18n/languages';
import { LIMITS } from '../../lib/limits';
import { IncidentNav } from '../incidents/IncidentNav';
import {
  exportBuilder,
  type BuildStage,
  type BuiltExport,
  type ExportBuilder,
} from './export-builder';
import { copyText, outcomeText, saveFile, shareDocument } from './share';
import { SendIncidentFile } from './SendIncidentFile';
import { PrintDocument } from './PrintDocument';
import { PlaceholderWarning, type SendAction } from './PlaceholderWarning';
import { AudiencePicker } from './AudiencePicker';
import { DocumentLanguage } from './DocumentLanguage';
import { useDrafts, type DraftSave } from './useDrafts';
import { placeholdersIn } from '../../export/placeholders';
import '../../ui/records.css';
import './export.css';

/** 共有・出力: choose a summary or report draft, edit it, then share, copy, save or print. */
export default function SharePage(props: Record<string, unknown>) {
  const id = String(props.id);
  const m = useMessages(exportPage);
  const [built, setBuilt] = useState<BuiltExport | null>(null);
  const [stage, setStage] = useState<BuildStage | null>('reading');
  const [error, setError] = useState<'notFound' | 'loadFailed' | null>(null);
  const [kind, setKind] = useState<ExportKind>('summary-short');
  // 第一報: to one person or to everyone concerned (the record decides until she chooses).
  const [audience, setAudience] = useState<Audience | undefined>(undefined);
  // A summary's or 引継ぎ's language: the UI's until she chooses another.
  const ui = useLanguage();
  const [chosenLanguage, setLanguage] = useState<Language | null>(null);
  const language = chosenLanguage ?? ui;
  // Her edits, kept per incident and format in IndexedDB as she types.
  const { drafts, save, edit, reset } = useDrafts(id);
  const [message, setMessage] = useState('');
  // An action waiting for her answer because placeholders remain.
  const [asking, setAsking] = useState<{ action: SendAction; run: () => void } | null>(null);
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
      ?.build(kind, { audience, language }, (s) => live && setStage(s))
      .then(
        (result) => {
          if (!live) return;
          setStage(null);
          if (result) setBuilt(result);
          else setError('notFound');
        },
        () => live && setError('loadFailed'),
      );
    return () => {
      live = false;
    };
  }, [id, now, kind, audience, language]);

  if (error) {
    return (
      <>
        <h1>{m.title}</h1>
        <p class="notice error" role="alert">
          {m[error]}
        </p>
        <a href="/incidents">{m.toList}</a>
      </>
    );
  }
  if (!built || !drafts) {
    return (
      <p class="muted" role="status" aria-busy="true">
        {m.stages[stage ?? 'reading']}
      </p>
    );
  }
  // The previous format stays on screen until the chosen one is built.
  const doc = built.doc;
  const edited = drafts[doc.kind] !== undefined;
  const text = drafts[doc.kind] ?? doc.text;
  const title = built.title || m.untitled;
  const anyLanguage = isAnyLanguage(kind);
  // Until the chosen format (in the chosen language) is built, nothing acts on the previous one.
  const pending = doc.kind !== kind || (anyLanguage && doc.language !== language);
  const say = (text: string) => setMessage(text);
  /** Runs a send action, asking first while placeholders remain. */
  const guarded = (action: SendAction, run: () => void) => {
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
        <h2>{m.title}</h2>
        <fieldset class="share-kinds">
          <legend>{m.kindsLegend}</legend>
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
                {m.kinds[k.kind]}
                {drafts[k.kind] !== undefined && <span class="tag">{m.edited}</span>}
              </span>
            </label>
          ))}
        </fieldset>
        <DocumentLanguage
          anyLanguage={anyLanguage}
          value={language}
          onChange={setLanguage}
          edited={edited}
        />
        {doc.audience && (
          <AudiencePicker value={doc.audience} onChange={setAudience} edited={edited} />
        )}
        <div class="share-actions">
          <button
            type="button"
            class="button primary"
            disabled={pending}
            onClick={() =>
              guarded('share', async () =>
                say(outcomeText(m, await shareDocument({ ...doc, title, text }))),
              )
            }
          >
            {m.share}
          </button>
          <button
            type="button"
            class="button"
            disabled={pending}
            onClick={() =>
              guarded('copy', async () =>
                say(outcomeText(m, (await copyText(text)) ? 'copied' : 'failed')),
              )
            }
          >
            {m.copy}
          </button>
          <button
            type="button"
            class="button"
            disabled={pending}
            onClick={() =>
              guarded('save', () =>
                say(outcomeText(m, saveFile(text, doc.filename, doc.mime) ? 'saved' : 'failed')),
              )
            }
          >
            {m.saveFile}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              say('');
              window.print();
            }}
          >
            {m.print}
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
          {stage ? m.stages[stage] : message}
        </p>
        <label for="share-text" class="share-label">
          {m.textLabel}
        </label>
        <textarea
          ref={textBox}
          id="share-text"
          class="share-text"
          rows={16}
          lang={htmlLang(doc.language)}
          value={text}
          readOnly={pending}
          onInput={(e) => edit(doc.kind, e.currentTarget.value)}
        />
        <DraftState edited={edited} save={save} />
        {edited && (
          <button type="button" class="button" onClick={() => void reset(doc.kind)}>
            {m.remake}
          </button>
        )}
      </div>
      <PrintDocument label={m.kinds[doc.kind]} text={text} language={doc.language} />
      <SendIncidentFile incidentId={id} />
    </div>
  );
}

/** 「編集済み・保存済み」 under the text, or why her edit could not be kept. */
function DraftState({ edited, save }: { edited: boolean; save: DraftSave }) {
  const m = useMessages(exportPage);
  if (save.state === 'error')
    return (
      <p class="notice error" role="alert">
        {m.draftNotSaved(
          save.tooLong ? m.draftTooLong(LIMITS.draft.toLocaleString('ja-JP')) : save.message,
        )}
      </p>
    );
  return (
    <p class="save-status" aria-live="polite">
      {!edited ? '' : save.state === 'saving' ? m.draftSaving : m.draftSaved}
    </p>
  );
}
