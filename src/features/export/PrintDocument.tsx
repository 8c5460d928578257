import { useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import { htmlLang, type Language } from '../../i18n/languages';

/** The document as printed (A4): hidden on screen, the only thing on paper. */
export function PrintDocument({
  label,
  text,
  language,
}: {
  label: string;
  text: string;
  /** The document's own language (a Japanese draft stays Japanese in any UI language). */
  language: Language;
}) {
  const m = useMessages(exportPage);
  return (
    <article class="print-document" aria-label={m.printLabel(label)}>
      <div class="print-text" lang={htmlLang(language)}>
        {text}
      </div>
    </article>
  );
}
