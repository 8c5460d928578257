// One document built with the reporting rules attached (they are a function, so they are
// never posted to the export worker: the worker imports this module itself).
import { buildExport } from '../../export/build';
import type { DraftOptions, ExportContent, ExportKind, IncidentSnapshot } from '../../export/types';
import { reportingOutline } from '../reporting/outline';
import type { BuiltExport } from './export-builder';

/** Builds one document of `snapshot`, the live 「報告・届出と期限」 included. */
export function builtExport(
  kind: ExportKind,
  snapshot: IncidentSnapshot,
  content: ExportContent,
  now: string,
  options: DraftOptions,
): BuiltExport {
  const { title, causes } = snapshot.incident;
  const withRules = { ...content, reportingOutline };
  return { doc: buildExport(kind, snapshot, withRules, now, options), title, causes };
}
