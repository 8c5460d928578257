import { stripUnsafeChars, stripUnsafeDeep as cleanStrings } from '../lib/unsafe-text';
import { jstDate } from '../lib/jst';
import {
  audienceOf,
  firstReportText,
  handoverText,
  laterReportText,
  ppcReportText,
} from './reports';
import { deletionRequestText } from './deletion-request';
import { markDrill } from './drill-mark';
import { chainHeadLine } from './chain-head';
import { buildSummaryModel, type SummaryModel } from './summary';
import { summaryMarkdown } from './summary-markdown';
import { summaryFullText, summaryShortText } from './summary-text';
import type { Audience, DraftOptions, ExportContent, ExportKind, IncidentSnapshot } from './types';
import { EXPORT_KINDS } from './kinds';
import { summaryWords } from './summary-words';
import type { Language } from '../i18n/languages';

/** A built document: its text and how to name it as a file. */
export interface ExportDocument {
  kind: ExportKind;
  label: string;
  /** The language it is written in (always Japanese for the drafts to Japanese addressees). */
  language: Language;
  text: string;
  filename: string;
  mime: 'text/plain' | 'text/markdown';
  /** For the 第一報: who it was written for (her choice, or the record's). */
  audience?: Audience;
}

export { EXPORT_KINDS, kindsFor, type ExportKindInfo } from './kinds';

const RENDER: Record<ExportKind, (m: SummaryModel, o: DraftOptions) => string> = {
  'summary-short': summaryShortText,
  'summary-full': summaryFullText,
  markdown: summaryMarkdown,
  'first-report': firstReportText,
  'later-report': laterReportText,
  ppc: ppcReportText,
  handover: handoverText,
  'deletion-request': deletionRequestText,
};

/** A file name safe on every system: no path or reserved characters, at most 60 chars. */
export function safeFileName(text: string): string {
  const cleaned = Array.from(stripUnsafeChars(text), (c) =>
    c.charCodeAt(0) < 32 || c === '\u007f' ? '_' : c,
  )
    .join('')
    .replace(/[\\/:*?"<>|_]+/g, '_')
    .replace(/\s+/g, '_')
    .replace(/^[._]+/, '');
  return Array.from(cleaned).slice(0, 60).join('') || 'incident';
}

/** Build one document of an incident at `nowIso`, with the choices she made. Pure. */
export function buildExport(
  kind: ExportKind,
  snap: IncidentSnapshot,
  content: ExportContent,
  nowIso: string,
  options: DraftOptions = {},
): ExportDocument {
  const meta = EXPORT_KINDS.find((k) => k.kind === kind) ?? EXPORT_KINDS[0]!;
  // The drafts for Japanese authorities and partners stay Japanese whatever was asked.
  const language = (meta.anyLanguage && options.language) || 'ja';
  const w = summaryWords(language);
  // The company from 備え is typed by a person too: cleaned like the record.
  const company = cleanStrings(content.company ?? null);
  // The chain is checked on the entries as stored (their hashes cover the raw text).
  const chain = chainHeadLine(snap.timeline, w);
  const model = buildSummaryModel(
    cleanStrings(snap),
    { ...content, company },
    nowIso,
    chain,
    w,
    language,
  );
  const md = kind === 'markdown';
  const date = jstDate(nowIso);
  const audience = kind === 'first-report' ? (options.audience ?? audienceOf(model)) : undefined;
  const file = (w.files as Partial<Record<ExportKind, string>>)[kind] ?? meta.file;
  return {
    kind,
    label: meta.label,
    language,
    ...(audience && { audience }),
    // A drill's documents say 「訓練」 at the top, the bottom and in the file name.
    ...markDrill(
      !!snap.incident.drill,
      {
        // The export boundary: content and wording pass the same filter as user text.
        text: stripUnsafeChars(RENDER[kind](model, { ...options, audience })),
        filename: `${safeFileName(`${file}_${model.title}_${date}`)}.${md ? 'md' : 'txt'}`,
      },
      w,
    ),
    mime: md ? 'text/markdown' : 'text/plain',
  };
}
