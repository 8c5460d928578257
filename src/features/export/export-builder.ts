import type { ExportDocument } from '../../export/build';
import { isAnyLanguage } from '../../export/kinds';
import type { DraftOptions, ExportContent, ExportKind } from '../../export/types';
import type { Language } from '../../i18n/languages';
import { loadRenderings, type Renderings } from '../../content/rendered';
import {
  contentKey,
  loadExportContent,
  loadShareData,
  prefetchExportContent,
  withDrillClock,
} from './share-data';

/** A built document, the incident's title and causes (which formats it offers). */
export interface BuiltExport {
  doc: ExportDocument;
  title: string;
  causes: string[];
}

/** Where a build stands, for the page's progress line. */
export type BuildStage = 'reading' | 'building';

/** A request to the export worker. */
export interface BuildRequest {
  seq: number;
  id: string;
  kind: ExportKind;
  now: string;
  options: DraftOptions;
  /** The guide's content for this incident, sent once the worker asks for it. */
  content?: ExportContent;
  /** The playbook renderings of `options.language`, sent with its first document (null: none). */
  renderings?: Renderings | null;
}

/** The export worker's answer: a stage reached, or the result (null: no such incident). */
export type BuildResponse =
  | { seq: number; stage: BuildStage }
  | { seq: number; stage: 'need-content'; types: string[]; causes: string[] }
  | { seq: number; stage: 'done'; result: BuiltExport | null }
  | { seq: number; stage: 'failed' };

/** Builds one incident's documents, in a worker where there is one. */
export interface ExportBuilder {
  build(
    kind: ExportKind,
    options: DraftOptions,
    onStage?: (stage: BuildStage) => void,
  ): Promise<BuiltExport | null>;
  close(): void;
}

/**
 * An export builder for incident `id` at `now`. In the browser the records are read and the
 * text is built in a module worker (the page stays responsive with any size of timeline);
 * where Worker is missing (tests) it builds on this thread.
 */
export function exportBuilder(id: string, now: string): ExportBuilder {
  if (typeof Worker === 'undefined') return inlineBuilder(id, now);
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  // Loaded while the worker starts and reads the records (it asks for it once they are read).
  const early = prefetchExportContent(id).catch(() => null);
  /** The content for these types and causes: the early one when it matches. */
  const contentFor = async (types: string[], causes: string[]) => {
    const got = await early;
    return got?.key === contentKey(types, causes) ? got.content : loadExportContent(types, causes);
  };
  const waiting = new Map<
    number,
    {
      request: BuildRequest;
      resolve: (r: BuiltExport | null) => void;
      reject: (e: Error) => void;
      onStage?: (s: BuildStage) => void;
      started: number;
    }
  >();
  let seq = 0;
  // The languages whose renderings the worker has already been sent.
  const sent = new Set<Language>();
  worker.onmessage = (event: MessageEvent<BuildResponse>) => {
    const m = event.data;
    const w = waiting.get(m.seq);
    if (!w) return;
    if (m.stage === 'done') {
      waiting.delete(m.seq);
      // Read by `npm run bench`: request → document, the worker's start included.
      performance.measure('export-build', { start: w.started });
      w.resolve(m.result);
    } else if (m.stage === 'failed') {
      waiting.delete(m.seq);
      w.reject(new Error('export failed'));
    } else if (m.stage === 'need-content') {
      contentFor(m.types, m.causes).then(
        (content) =>
          worker.postMessage({
            ...w.request,
            content: withDrillClock(content, id),
          } satisfies BuildRequest),
        () => {
          waiting.delete(m.seq);
          w.reject(new Error('content unavailable'));
        },
      );
    } else w.onStage?.(m.stage);
  };
  worker.onerror = () => {
    for (const w of waiting.values()) w.reject(new Error('export worker failed'));
    waiting.clear();
  };
  return {
    async build(kind, options, onStage) {
      const language = options.language;
      const renderings =
        language && !sent.has(language) ? await renderingsFor(kind, language) : undefined;
      if (language && renderings) sent.add(language);
      return new Promise((resolve, reject) => {
        seq += 1;
        const request: BuildRequest = { seq, id, kind, now, options, renderings };
        waiting.set(seq, { request, resolve, reject, onStage, started: performance.now() });
        worker.postMessage(request);
      });
    },
    close: () => worker.terminate(),
  };
}

function inlineBuilder(id: string, now: string): ExportBuilder {
  const data = loadShareData(id);
  // The builders load here only where there is no worker (the page's own chunks stay small).
  const builder = import('./built-export');
  return {
    async build(kind, options) {
      const [d, { builtExport }, renderings] = await Promise.all([
        data,
        builder,
        renderingsFor(kind, options.language),
      ]);
      return (
        d && (await builtExport(kind, d.snapshot, d.content, now, options, renderings ?? null))
      );
    },
    close() {},
  };
}

/**
 * The playbook renderings a document of `kind` in `language` needs, loaded on the page (the
 * chunks the guide's screens use): undefined when none is needed (Japanese, or a draft that
 * stays Japanese), null when they cannot be loaded (offline before they were kept).
 */
export async function renderingsFor(
  kind: ExportKind,
  language: Language | undefined,
): Promise<Renderings | null | undefined> {
  if (!language || language === 'ja' || !isAnyLanguage(kind)) return undefined;
  return (await loadRenderings(language)?.catch(() => null)) ?? null;
}
