// The guide's content in the language of a summary or 引継ぎ: the names of the types and
// causes from the home catalogues, the playbooks' sentences from their renderings (the
// Japanese original where a sentence is not rendered yet). Imported by the export worker.
import type { Language } from '../../i18n/languages';
import enHome from '../../i18n/en/home';
import easyHome from '../../i18n/ja-easy/home';
import { loadRenderings, rendered, type Renderings } from '../../content/rendered';
import { isAnyLanguage } from '../../export/kinds';
import type { ExportContent, ExportKind } from '../../export/types';

const NAMES = { en: enHome, 'ja-easy': easyHome };

/** The content of a document written in `language` with these renderings. Pure. */
export function contentIn(
  content: ExportContent,
  language: Language,
  renderings: Renderings | null,
): ExportContent {
  if (language === 'ja') return content;
  const names = NAMES[language];
  const r = (text: string) => rendered(text, renderings);
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

/**
 * The playbook renderings a document of `kind` in `language` needs: none in Japanese or for
 * a draft that stays Japanese, none when they cannot be loaded (offline before they were kept).
 */
export async function renderingsFor(
  kind: ExportKind,
  language: Language | undefined,
): Promise<Renderings | null> {
  if (!language || language === 'ja' || !isAnyLanguage(kind)) return null;
  return (await loadRenderings(language)?.catch(() => null)) ?? null;
}
