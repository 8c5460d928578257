import { useLanguage, useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import { htmlLang, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/languages';
import { ChoiceGroup } from './ChoiceGroup';

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
    <ChoiceGroup
      legend={m.languageLegend}
      name="document-language"
      choices={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: htmlLang(l) }))}
      value={value}
      onChange={onChange}
    >
      {edited && <p class="muted small">{m.languageEdited}</p>}
    </ChoiceGroup>
  );
}
