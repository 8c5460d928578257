// The guide's content in the language of a summary or 引継ぎ: the names of the types and
// causes from the home catalogues, the playbooks' sentences from their renderings (the
// Japanese original where a sentence is not rendered yet). Imported by the export worker,
// which gets the renderings from the page (it never loads the renderings' chunks itself).
import type { Language } from '../../i18n/languages';
import enHome from '../../i18n/en/home';
import easyHome from '../../i18n/ja-easy/home';
import type { Renderings } from '../../content/rendered';
import { renderingKey } from '../../content/rendering-key';
import type { ExportContent } from '../../export/types';

const NAMES = { en: enHome, 'ja-easy': easyHome };

/** The content of a document written in `language` with these renderings. Pure. */
export function contentIn(
  content: ExportContent,
  language: Language,
  renderings: Renderings | null,
): ExportContent {
  if (language === 'ja') return content;
  const names = NAMES[language];
  // As content/rendered.ts's rendered(), without importing its chunk loaders into the worker.
  const r = (text: string) => renderings?.[renderingKey(text.trim())] ?? text;
  const labelled = (list: ExportContent['recordItems']) =>
    list.map((item) => ({ ...item, label: r(item.label) }));
  return {
    ...content,
    recordItems: labelled(content.recordItems),
    fiveW1H: labelled(content.fiveW1H),
    typeTitles: { ...content.typeTitles, ...names.types },
    causeTitles: { ...content.causeTitles, ...names.causes },
    phases: content.phases.map((p) => ({
      ...p,
      title: r(p.title),
      items: p.items.map((item) => ({ ...item, text: r(item.text) })),
    })),
  };
}
