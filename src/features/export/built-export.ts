// One document built with the reporting rules attached (they are a function, so they are
// never posted to the export worker: the worker imports this module itself). Async: the
// reporting words of a document in English or やさしい日本語 are loaded when it is built.
import { buildExport } from '../../export/build';
import { isAnyLanguage } from '../../export/kinds';
import type { DraftOptions, ExportContent, ExportKind, IncidentSnapshot } from '../../export/types';
import type { Renderings } from '../../content/rendered';
import { reportingOutlineIn } from '../reporting/outline-words';
import { contentIn } from './content-in';
import type { BuiltExport } from './export-builder';

/**
 * Builds one document of `snapshot`, the live 「報告・届出と期限」 included; a summary or 引継ぎ
 * in the language of `options` (with the renderings of that language, see renderingsFor).
 */
export async function builtExport(
  kind: ExportKind,
  snapshot: IncidentSnapshot,
  content: ExportContent,
  now: string,
  options: DraftOptions,
  renderings: Renderings | null = null,
): Promise<BuiltExport> {
  const { title, causes } = snapshot.incident;
  const language = (isAnyLanguage(kind) && options.language) || 'ja';
  const withRules = {
    ...contentIn(content, language, renderings),
    reportingOutline: await reportingOutlineIn(language, renderings),
  };
  return { doc: buildExport(kind, snapshot, withRules, now, options), title, causes };
}
