/**
 * The reporting rules' words (playbooks/reporting-rules.yaml: titles, labels, reasons) in
 * the language on screen, as plain strings for buttons, labels and the calendar file.
 * Long sentences shown as text use `<Rendered>` instead (with the 「原文」 toggle).
 */
import { useEffect, useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/active';
import { loadRenderings, rendered, type Renderings } from '../../content/rendered';
import { japanese, type RuleText } from './words';

/** The rule texts' renderings in the language on screen, as a function. */
export function useRuleText(): RuleText {
  const language = useLanguage();
  const [loaded, setLoaded] = useState<{ language: string; table: Renderings } | null>(null);
  useEffect(() => {
    let live = true;
    loadRenderings(language)?.then(
      (table) => live && setLoaded({ language, table }),
      () => {}, // Offline before the chunk was kept: the Japanese stays.
    );
    return () => {
      live = false;
    };
  }, [language]);
  const table = loaded?.language === language ? loaded.table : null;
  return table ? (ja) => rendered(ja, table) : japanese;
}
