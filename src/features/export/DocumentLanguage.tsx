import { useLanguage, useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import { htmlLang, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages';

/**
 * The language of a summary or 引継ぎ (any of the app's); for a draft addressed to Japanese
 * authorities or partners, the note (in the UI's language) that it stays Japanese.
 */
export function DocumentLanguage({
  anyLanguage,
  value,
  onChange,
  edited,
}: {
  /** The format may be written in any language. */
  anyLanguage: boolean;
  value: Language;
  onChange: (language: Language) => void;
  edited: boolean;
}) {
  const m = useMessages(exportPage);
  const ui = useLanguage();
  if (!anyLanguage)
    return ui === 'ja' ? null : (
      <p class="notice" role="note">
        {m.japaneseOnly}
      </p>
    );
  return (
    <fieldset class="share-kinds">
      <legend>{m.languageLegend}</legend>
      {LANGUAGES.map((language) => (
        <label key={language} class="share-kind">
          <input
            type="radio"
            name="document-language"
            value={language}
            checked={value === language}
            onChange={() => onChange(language)}
          />
          <span lang={htmlLang(language)}>{LANGUAGE_NAMES[language]}</span>
        </label>
      ))}
      {edited && <p class="muted small">{m.languageEdited}</p>}
    </fieldset>
  );
}
